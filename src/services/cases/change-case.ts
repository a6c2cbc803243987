import type { Actor } from '../../core/accounts/actor.js';
import type { StaffRole } from '../../core/accounts/roles.js';
import type { Calendar } from '../../core/calendar/index.js';
import type { Case } from '../../core/cases/case.js';
import { caseReach, caseWithinReach, type ReachTarget } from '../../core/cases/access.js';
import { canTransition, statusAfter, type CaseAction } from '../../core/cases/status.js';
import { DomainError } from '../../core/errors.js';
import { insertCaseEvent } from '../../store/repositories/case-event-repository.js';
import { caseFromRow, saveCase, selectCaseWithPath } from '../../store/repositories/case-repository.js';
import { caseWorkingDepartments } from '../../store/repositories/task-repository.js';
import { requireActor } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeUrgesWhenCaseEnds } from '../supervision/close-urges.js';
import { enqueueCaseWebhooks } from '../webhooks/enqueue-webhooks.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';

/** Who may take an action: the case's applicant, staff holding one of the roles within reach, or both. */
export interface ActionRule {
  readonly applicant?: boolean;
  readonly roles?: readonly StaffRole[];
}

/** What a change returns: the case after it, and what the timeline should say. */
export interface CaseChange {
  readonly next: Case;
  readonly details?: Readonly<Record<string, unknown>>;
  /** Extra writes in the same transaction (a notice row, a notification). */
  readonly also?: (trx: Trx) => Promise<void>;
}

/** The change an action makes to the case, read and written in the caller's transaction. */
type Change = (current: Case, calendar: Calendar, now: string, trx: Trx) => CaseChange | Promise<CaseChange>;

function mayAct(actor: Actor, target: ReachTarget, rule: ActionRule): boolean {
  return (rule.applicant === true && actor.kind === 'applicant' && target.applicantId === actor.userId)
    || (rule.roles !== undefined && actor.kind === 'staff' && caseWithinReach(caseReach(actor, rule.roles), target));
}

/**
 * Checks that the actor may act on a case by `rule`; a case out of reach answers 404, as if it did not exist,
 * and staff who could see the case but lack the role get 403.
 */
export function authorizeCase(actor: Actor, target: ReachTarget, rule: ActionRule): void {
  if (mayAct(actor, target, rule)) return;
  const visible = actor.kind === 'staff' && caseWithinReach(caseReach(actor), target);
  throw new DomainError(visible ? 'auth.forbidden' : 'request.not_found');
}

/** Loads a case the actor may act on (authorizeCase), locked. */
export async function loadCaseFor(trx: Trx, ctx: Ctx, actor: Actor, caseId: string, rule: ActionRule): Promise<Case> {
  const row = await ctx.store.dialect.forUpdate(selectCaseWithPath(trx).where('cases.id', '=', caseId), 'cases').executeTakeFirst();
  if (!row) throw new DomainError('request.not_found');
  const target: ReachTarget = { applicantId: row.applicant_id, regionCode: row.region_code, departmentPath: row.department_path };
  // The departments working on the case only widen staff's reach: read only when the case is otherwise out of it.
  const working = actor.kind === 'staff' && !mayAct(actor, target, rule);
  authorizeCase(actor, working ? { ...target, workingDepartmentIds: await caseWorkingDepartments(trx, caseId) } : target, rule);
  return caseFromRow(row);
}

/** Loads a case locked, for the scheduled checks, which act for the system. */
async function loadCaseLocked(trx: Trx, ctx: Ctx, caseId: string): Promise<Case> {
  const row = await ctx.store.dialect.forUpdate(selectCaseWithPath(trx).where('cases.id', '=', caseId), 'cases').executeTakeFirst();
  if (!row) throw new DomainError('request.not_found');
  return caseFromRow(row);
}

/**
 * The one way a case changes state: load it locked, check the actor and the transition, apply the
 * change, and write the case, its timeline event and the audit event in one transaction.
 */
export async function changeCase(
  ctx: Ctx, caseId: string, action: CaseAction, rule: ActionRule | 'system', change: Change,
): Promise<Case> {
  const actor = rule === 'system' ? null : ctx.actor;
  if (rule !== 'system') requireActor(actor);
  const calendar = await currentCalendar(ctx);
  return inTransaction(ctx, async (trx) => {
    const current = actor && rule !== 'system' ? await loadCaseFor(trx, ctx, actor, caseId, rule) : await loadCaseLocked(trx, ctx, caseId);
    return changeLockedCase(trx, ctx, actor, current, action, calendar, nowIso(ctx), change);
  });
}

/**
 * changeCase's work for a transaction that already holds the case row locked and has checked the actor's
 * reach (authorizeCase): a task operation that concludes the case does its own writes, then this, at once.
 * `actor` is null when the system acts.
 */
export async function changeLockedCase(
  trx: Trx, ctx: Ctx, actor: Actor | null, current: Case, action: CaseAction, calendar: Calendar, now: string, change: Change,
): Promise<Case> {
  if (!canTransition(current.status, action)) throw new DomainError('case.invalid_transition', { status: current.status });
  const caseId = current.id;
  // Reads inside `change` go through `trx`: SQLite has one connection, which the transaction holds.
  const result = await change(current, calendar, now, trx);
  const next: Case = { ...result.next, status: statusAfter(current.status, action) };
  await saveCase(trx, next, now);
  await insertCaseEvent(trx, {
    id: ctx.newId(), caseId, at: now, actorId: actor?.userId ?? null, action, statusFrom: current.status, statusTo: next.status,
    details: result.details ?? {},
  });
  await recordAudit(trx, { ...ctx, actor }, { entity: 'case', entityId: caseId, action, before: { status: current.status }, after: { status: next.status, ...result.details } });
  await enqueueCaseWebhooks(trx, ctx, { action, statusFrom: current.status, after: next, at: now });
  await result.also?.(trx);
  await closeUrgesWhenCaseEnds(trx, { ...ctx, actor }, caseId, current.status, next.status, now);
  return next;
}
