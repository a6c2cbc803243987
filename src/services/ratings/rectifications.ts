import { reachIncludes, reachOf, type Actor } from '../../core/accounts/actor.js';
import type { StaffRole } from '../../core/accounts/roles.js';
import { DomainError } from '../../core/errors.js';
import type { CallbackResult, RectificationStatus } from '../../core/ratings/index.js';
import type { WarningLevel } from '../../core/clock/index.js';
import { caseFromRow, selectCaseWithPath } from '../../store/repositories/case-repository.js';
import { findRectification, listRectifications, updateOpenRectification } from '../../store/repositories/rectification-repository.js';
import { requireRole } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { notifyApplicant } from '../cases/notify-applicant.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';

/**
 * Who works on rectifications: the responsible department's handlers and approvers (their department
 * subtree) and the region's supervisors, who handle bad-rating rectification (DOMAIN.md §1); admins and
 * analysts may read them.
 */
const WORKERS: readonly StaffRole[] = ['handler', 'approver', 'supervisor'];
const READERS: readonly StaffRole[] = [...WORKERS, 'admin', 'analyst'];

/** Rectifications in the actor's reach, filtered by status and warning, earliest due first. */
export async function rectificationsFor(ctx: Ctx, filter: { status?: RectificationStatus | undefined; warning?: WarningLevel | undefined; limit?: number | undefined; offset?: number | undefined }) {
  requireRole(ctx.actor, ...READERS);
  return listRectifications(ctx.store.db, reachOf(ctx.actor, READERS), {
    status: filter.status, warning: filter.warning, now: nowIso(ctx), limit: filter.limit ?? 50, offset: filter.offset ?? 0,
  });
}

/** Loads an open rectification the actor may work on; out of reach is a 404, closed a 409. */
async function loadOpen(trx: Trx, actor: Actor, id: string) {
  const found = await findRectification(trx, id);
  if (!found || !reachIncludes(reachOf(actor, WORKERS), { regionCode: found.region_code, path: found.department_path })) {
    throw new DomainError('request.not_found');
  }
  if (found.status !== 'open') throw new DomainError('rating.rectification_closed');
  return found;
}

/** Records the callback (回访) that verifies a bad rating with the applicant; a later attempt replaces it. */
export async function recordCallback(ctx: Ctx, id: string, input: { result: CallbackResult; note: string }) {
  requireRole(ctx.actor, ...WORKERS);
  const actor = ctx.actor;
  return inTransaction(ctx, async (trx) => {
    await loadOpen(trx, actor, id);
    const at = nowIso(ctx);
    const changes = { callback_result: input.result, callback_note: input.note.trim(), callback_at: at, callback_by: actor.userId, updated_at: at };
    if (!(await updateOpenRectification(trx, id, changes))) throw new DomainError('rating.rectification_closed');
    await recordAudit(trx, ctx, { entity: 'rectification', entityId: id, action: 'callback', after: { result: input.result, note: input.note.trim() } });
    return { id, status: 'open' as const, callbackAt: at };
  });
}

/**
 * Records the measures and the result, and tells the applicant (国办发〔2019〕51号: 整改结果反馈). Every bad
 * rating is called back first (DOMAIN.md §8), so a rectification without a callback cannot be completed.
 */
export async function completeRectification(ctx: Ctx, id: string, input: { measures: string; result: string }) {
  requireRole(ctx.actor, ...WORKERS);
  const actor = ctx.actor;
  return inTransaction(ctx, async (trx) => {
    const found = await loadOpen(trx, actor, id);
    if (!found.callback_at) throw new DomainError('rating.callback_required');
    const at = nowIso(ctx);
    const changes = { status: 'rectified' as const, measures: input.measures.trim(), result: input.result.trim(), completed_at: at, completed_by: actor.userId, updated_at: at };
    if (!(await updateOpenRectification(trx, id, changes))) throw new DomainError('rating.rectification_closed');
    await recordAudit(trx, ctx, { entity: 'rectification', entityId: id, action: 'complete', before: { status: 'open' }, after: { status: 'rectified', measures: changes.measures, result: changes.result } });
    const caseRow = await selectCaseWithPath(trx).where('cases.id', '=', found.case_id).executeTakeFirstOrThrow();
    await notifyApplicant(trx, ctx, caseFromRow(caseRow), 'rating.rectified', {});
    return { id, status: 'rectified' as const, completedAt: at };
  });
}
