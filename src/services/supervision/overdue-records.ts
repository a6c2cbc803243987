/**
 * Overdue records (超时记录, DOMAIN.md §7): listed for supervision and for the staff who owe the
 * explanation; the handler concerned (or a member of the department doing its work) explains once, in
 * writing. An explanation not given by its deadline shows as `late`.
 */
import { DomainError } from '../../core/errors.js';
import { supervisionScope, type ExplanationStatus, type WarningKind } from '../../core/supervision/index.js';
import {
  findOverdueRecord, listOverdueRecords, saveExplanation, type OverdueRecordView,
} from '../../store/repositories/overdue-record-repository.js';
import { requireActor } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { checkPeriod, departmentPathFilter } from './filters.js';
import { requireAnswerer } from './reach.js';

/** Filters a caller may give; dates are the first overdue day, inclusive. */
export interface OverdueRecordQuery {
  readonly status?: ExplanationStatus | undefined;
  readonly departmentId?: string | undefined;
  readonly kind?: WarningKind | undefined;
  readonly caseId?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly mine?: boolean | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** Records the actor sees: a reader's region, or (staff, or a reader asking `mine`) their own and their department line's. */
export async function listOverdueRecordsFor(ctx: Ctx, query: OverdueRecordQuery): Promise<{ records: OverdueRecordView[]; total: number }> {
  requireActor(ctx.actor);
  checkPeriod(query.from, query.to);
  const scope = supervisionScope(ctx.actor, query.mine ?? false);
  const departmentPath = await departmentPathFilter(ctx.store.db, query.departmentId, scope.kind === 'region' ? scope.regionPrefix : null);
  if (scope.kind === 'none') return { records: [], total: 0 };
  const rows = await listOverdueRecords(ctx.store.db, scope, {
    now: nowIso(ctx), status: query.status, departmentPath, kind: query.kind, caseId: query.caseId, from: query.from, to: query.to,
    limit: query.limit ?? 50, offset: query.offset ?? 0,
  });
  return { records: rows, total: rows[0]?.total ?? 0 };
}

/** The handler concerned explains the lapse in writing (超时原因说明), once. */
export async function explainOverdueRecord(ctx: Ctx, id: string, text: string): Promise<OverdueRecordView> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  const now = nowIso(ctx);
  return inTransaction(ctx, async (trx) => {
    const record = await findOverdueRecord(trx, id);
    if (!record) throw new DomainError('request.not_found');
    requireAnswerer(actor, { handlerId: record.handler_id, departmentId: record.department_id, regionCode: record.region_code });
    if (!(await saveExplanation(trx, id, { text: text.trim(), by: actor.userId, at: now }))) throw new DomainError('supervision.already_explained');
    await recordAudit(trx, ctx, { entity: 'overdue_record', entityId: id, action: 'explain', after: { explainedAt: now, late: now > record.explanation_due_at } });
    const [view] = await listOverdueRecords(trx, { kind: 'region', regionPrefix: record.region_code }, { now, id, limit: null, offset: 0 });
    return view!;
  });
}
