/**
 * Operations on workflow tasks (DOMAIN.md §6, API.md `POST /api/v1/tasks/:id/…`): the case row is locked,
 * its tasks loaded, the pure engine applied, and its result persisted with the timeline and audit events in
 * one transaction. When the engine concludes the case, the same work runs again inside `changeCase`
 * (TRANSITIONS.conclude), so that every case state change goes through the one place that makes them.
 */
import type { Actor } from '../../core/accounts/actor.js';
import { STAFF_ROLES } from '../../core/accounts/roles.js';
import { parseLocalDate, type Calendar } from '../../core/calendar/index.js';
import type { Case } from '../../core/cases/case.js';
import { caseReach, caseWithinReach } from '../../core/cases/access.js';
import { deliveryStage, NO_CLOCK } from '../../core/cases/case-clocks.js';
import { localDateOf } from '../../core/clock/index.js';
import { DomainError, invalidFields } from '../../core/errors.js';
import {
  applyOperation, holds, type Member, type Operation, type Outcome, type Task, type WorkflowActor, type WorkflowResult, type WorkflowState,
} from '../../core/workflow/index.js';
import { insertCaseEvent } from '../../store/repositories/case-event-repository.js';
import { caseFromRow, selectCaseWithPath } from '../../store/repositories/case-repository.js';
import { findTaskRow, listCaseTasks, taskFromRow } from '../../store/repositories/task-repository.js';
import { requireActor } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import { loadItemVersion } from '../cases/case-item.js';
import { changeCase } from '../cases/change-case.js';
import { notifyApplicant } from '../cases/notify-applicant.js';
import { issueLicense } from '../licenses/issue-license.js';
import { requestRating } from '../ratings/request-rating.js';
import type { Ctx, Db, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { persistWorkflow } from './persist-workflow.js';
import { recordSignatureDuty } from './signatures.js';

/** What a request asks for; `to` is a user id (transfer, delegate, add signer). */
export type TaskRequest =
  | { readonly kind: 'complete'; readonly decision: 'approve' | 'return' | 'deny'; readonly opinion?: string | undefined; readonly returnTo?: string | undefined }
  | { readonly kind: 'claim' | 'withdraw'; readonly opinion?: string | undefined }
  | { readonly kind: 'transfer' | 'delegate' | 'add_signer'; readonly to: string; readonly opinion?: string | undefined };

/** What an operation did. */
export interface TaskActionResult {
  readonly taskId: string;
  readonly caseId: string;
  readonly outcome: Outcome;
  readonly created: readonly string[];
}

/** Thrown out of the first pass when the operation concludes the case: the work is redone inside changeCase. */
export class Concludes extends Error {
  constructor(readonly caseId: string) { super('concludes'); }
}

/** A staff member as the engine sees one, from the users table; null when not an active staff member. */
export async function loadMember(db: Db, userId: string): Promise<Member | null> {
  const row = await db.selectFrom('users').select(['id', 'department_id', 'roles']).where('id', '=', userId)
    .where('kind', '=', 'staff').where('active', '=', 1).executeTakeFirst();
  return row ? { userId: row.id, departmentId: row.department_id, roles: JSON.parse(row.roles) as string[] } : null;
}

/** The users the actor stands in for today (AB岗): those naming the actor as backup, absent on `today`. */
export async function absentPrincipals(db: Db, actorId: string, today: string): Promise<Member[]> {
  const rows = await db.selectFrom('users').select(['id', 'department_id', 'roles']).where('backup_user_id', '=', actorId)
    .where('kind', '=', 'staff').where('active', '=', 1).where('absence_from', '<=', today).where('absence_to', '>=', today).execute();
  return rows.map((r) => ({ userId: r.id, departmentId: r.department_id, roles: JSON.parse(r.roles) as string[] }));
}

/** The actor as the engine sees them: on their own behalf when they hold the task, else for an absent principal who does. */
export function workflowActor(actor: Actor, task: Task, principals: readonly Member[]): WorkflowActor {
  const self: Member = { userId: actor.userId, departmentId: actor.departmentId, roles: actor.roles };
  if (holds(self, task) || (task.completedBy === actor.userId && task.onBehalfOf === null)) return self;
  const principal = principals.find((p) => holds(p, task) || task.onBehalfOf === p.userId);
  return principal ? { ...self, onBehalfOf: principal } : self;
}

async function toOperation(db: Db, request: TaskRequest): Promise<Operation> {
  switch (request.kind) {
    case 'claim': case 'withdraw': return { kind: request.kind, ...(request.opinion !== undefined && { opinion: request.opinion }) };
    case 'complete': {
      const opinion = request.opinion;
      if (request.decision === 'approve') return { kind: 'approve', ...(opinion !== undefined && { opinion }) };
      if (request.decision === 'deny') return { kind: 'deny', opinion: opinion ?? '' };
      if (!request.returnTo) throw invalidFields([{ field: 'returnTo', code: 'required' }]);
      return { kind: 'return', opinion: opinion ?? '', toStepKey: request.returnTo };
    }
    default: {
      const to = await loadMember(db, request.to);
      if (!to) throw invalidFields([{ field: 'to', code: 'not_found' }]);
      return { kind: request.kind, to, ...(request.opinion !== undefined && { opinion: request.opinion }) };
    }
  }
}

/** The timeline's details of an operation: what was done on which step, never the internal opinion text. */
function eventDetails(task: Task, operation: Operation, result: WorkflowResult) {
  return {
    taskId: task.id, stepKey: task.stepKey,
    ...(operation.kind === 'return' && { returnTo: operation.toStepKey }),
    ...('to' in operation && { to: operation.to.userId }),
    ...(result.outcome.kind === 'concluded' && { result: result.outcome.result }),
  };
}

/**
 * One pass: lock the case (unless `locked` is the case changeCase already holds), apply the operation and
 * write everything. Another department's staff learn nothing (404); the engine refuses non-holders (403).
 */
async function runOperation(
  trx: Trx, ctx: Ctx, actor: Actor, calendar: Calendar, now: string, taskId: string, request: TaskRequest, locked: Case | null,
): Promise<{ result: WorkflowResult; task: Task; current: Case }> {
  const row = await findTaskRow(trx, taskId);
  if (!row) throw new DomainError('request.not_found');
  // Locked again when changeCase already holds it: harmless, and it gives the department path for the reach check.
  const caseRow = await ctx.store.dialect.forUpdate(selectCaseWithPath(trx).where('cases.id', '=', row.case_id)).executeTakeFirst();
  if (!caseRow) throw new DomainError('request.not_found');
  const target = { applicantId: caseRow.applicant_id, regionCode: caseRow.region_code, departmentPath: caseRow.department_path };
  const current = locked ?? caseFromRow(caseRow);
  const task = taskFromRow(row);
  const principals = await absentPrincipals(trx, actor.userId, localDateOf(now));
  const wfActor = workflowActor(actor, task, principals);
  const inScope = actor.departmentId === task.departmentId || holds(wfActor.onBehalfOf ?? wfActor, task)
    || task.completedBy === actor.userId || caseWithinReach(caseReach(actor), target);
  if (!inScope) throw new DomainError('request.not_found');
  if (current.status !== 'in_progress') throw new DomainError('case.invalid_transition', { status: current.status });

  const item = await loadItemVersion(trx, current.itemVersionId);
  const state: WorkflowState = { steps: item.content.steps, tasks: (await listCaseTasks(trx, current.id)).map(taskFromRow) };
  const operation = await toOperation(trx, request);
  const result = applyOperation(state, taskId, operation, wfActor, now, ctx.newId);
  if (result.outcome.kind === 'concluded' && !locked) throw new Concludes(current.id);

  await persistWorkflow(trx, current.id, state, result, calendar, now);
  const action = `task.${operation.kind}`;
  await insertCaseEvent(trx, {
    id: ctx.newId(), caseId: current.id, at: now, actorId: actor.userId, action, statusFrom: current.status, statusTo: current.status,
    details: eventDetails(task, operation, result),
  });
  const after = result.update.find((t) => t.id === taskId);
  await recordAudit(trx, ctx, {
    entity: 'task', entityId: taskId, action,
    before: { status: task.status, assigneeId: task.assigneeId },
    after: {
      status: after?.status ?? task.status, decision: after?.decision ?? null, opinion: after?.opinion ?? null, caseId: current.id,
      onBehalfOf: wfActor.onBehalfOf?.userId ?? null, created: result.insert.map((t) => t.id), outcome: result.outcome.kind,
    },
  });
  await recordSignatureDuty(trx, ctx, {
    caseId: current.id, task, step: item.content.steps.find((s) => s.key === task.stepKey), operation: operation.kind, actor: wfActor, result, now,
  });
  return { result, task, current };
}

/** Applies one operation to a task for the signed-in staff member. */
export async function operateTask(ctx: Ctx, taskId: string, request: TaskRequest): Promise<TaskActionResult> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  if (actor.kind !== 'staff') throw new DomainError('request.not_found');
  const calendar = await currentCalendar(ctx);
  try {
    const { result, current } = await inTransaction(ctx, (trx) => runOperation(trx, ctx, actor, calendar, nowIso(ctx), taskId, request, null));
    return { taskId, caseId: current.id, outcome: result.outcome, created: result.insert.map((t) => t.id) };
  } catch (error) {
    if (!(error instanceof Concludes)) throw error;
    let done: WorkflowResult | null = null;
    await changeCase(ctx, error.caseId, 'conclude', { roles: STAFF_ROLES }, async (current, cal, now, trx) => {
      const pass = await runOperation(trx, ctx, actor, cal, now, taskId, request, current);
      done = pass.result;
      return concludeChange(ctx, current, pass.result.outcome, cal, now);
    });
    const result = done as WorkflowResult | null;
    return { taskId, caseId: error.caseId, outcome: result?.outcome ?? { kind: 'continue' }, created: result?.insert.map((t) => t.id) ?? [] };
  }
}

/** The case after the engine concluded it: result, conclusion instant, the delivery clock, the applicant told. */
export function concludeChange(ctx: Ctx, current: Case, outcome: Outcome, calendar: Calendar, now: string) {
  if (outcome.kind !== 'concluded') throw new DomainError('internal');
  const concludedOn = parseLocalDate(localDateOf(now));
  // ALL Art. 44: a grant starts the delivery clock; a denial ends the office's clocks.
  const clock = outcome.result === 'granted' ? deliveryStage(calendar, concludedOn) : NO_CLOCK;
  const next: Case = { ...current, result: outcome.result, concludedAt: now, ...clock };
  return {
    next, details: { result: outcome.result },
    also: async (trx: Trx) => {
      // ALL Art. 39, 44: a grant's license is issued and signed with the conclusion (docs/licenses.md).
      if (outcome.result === 'granted') await issueLicense(trx, ctx, next, now);
      await notifyApplicant(trx, ctx, next, 'case.concluded', { outcome: outcome.result });
      await requestRating(trx, ctx, next);
    },
  };
}
