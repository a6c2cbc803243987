/**
 * Operations on workflow tasks (DOMAIN.md §6, API.md `POST /api/v1/tasks/:id/…`): the case row is locked,
 * its tasks loaded, the pure engine applied, and its result persisted with the timeline and audit events in
 * one transaction. When the engine concludes the case, the conclusion follows in that transaction through
 * `changeLockedCase` (TRANSITIONS.conclude), the one place that changes a case's state.
 */
import type { Actor } from '../../core/accounts/actor.js';
import { STAFF_ROLES } from '../../core/accounts/roles.js';
import { parseLocalDate, type Calendar } from '../../core/calendar/index.js';
import type { Case } from '../../core/cases/case.js';
import type { ItemVersion } from '../../core/catalog/types.js';
import { caseReach, caseWithinReach } from '../../core/cases/access.js';
import { deliveryStage, NO_CLOCK } from '../../core/cases/case-clocks.js';
import { localDateOf } from '../../core/clock/index.js';
import { DomainError, invalidFields } from '../../core/errors.js';
import {
  applyOperation, holds, type Member, type Operation, type Outcome, type Task, type WorkflowActor, type WorkflowResult, type WorkflowState,
} from '../../core/workflow/index.js';
import { findApplicantProfile } from '../../store/repositories/applicant-repository.js';
import { insertCaseEvent } from '../../store/repositories/case-event-repository.js';
import { caseFromRow, selectCaseWithPath } from '../../store/repositories/case-repository.js';
import { caseIdOfTask, listCaseTasks, taskFromRow } from '../../store/repositories/task-repository.js';
import { requireActor } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import { loadItemVersion } from '../cases/case-item.js';
import { authorizeCase, changeLockedCase } from '../cases/change-case.js';
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

const memberOf = (actor: Actor): Member => ({ userId: actor.userId, departmentId: actor.departmentId, roles: actor.roles });

/** Whether the actor acts on their own behalf on a task: they hold it, or completed it themselves. */
function actsForSelf(actor: Actor, task: Task): boolean {
  return holds(memberOf(actor), task) || (task.completedBy === actor.userId && task.onBehalfOf === null);
}

/** The actor as the engine sees them: on their own behalf when they hold the task, else for an absent principal who does. */
export function workflowActor(actor: Actor, task: Task, principals: readonly Member[]): WorkflowActor {
  const self = memberOf(actor);
  if (actsForSelf(actor, task)) return self;
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
 * Locks the case, applies the operation and writes everything; a conclusion follows in the same transaction.
 * Another department's staff learn nothing (404); the engine refuses non-holders (403).
 */
async function runOperation(
  trx: Trx, ctx: Ctx, actor: Actor, calendar: Calendar, now: string, taskId: string, request: TaskRequest,
): Promise<{ result: WorkflowResult; caseId: string }> {
  const caseRow = await ctx.store.dialect.forUpdate(selectCaseWithPath(trx).where('cases.id', '=', caseIdOfTask(trx, taskId)), 'cases').executeTakeFirst();
  const tasks = caseRow ? (await listCaseTasks(trx, caseRow.id)).map(taskFromRow) : [];
  const task = tasks.find((t) => t.id === taskId);
  if (!caseRow || !task) throw new DomainError('request.not_found');
  const target = { applicantId: caseRow.applicant_id, regionCode: caseRow.region_code, departmentPath: caseRow.department_path };
  const current = caseFromRow(caseRow);
  // Only someone acting for another needs to know whom they stand in for.
  const principals = actsForSelf(actor, task) ? [] : await absentPrincipals(trx, actor.userId, localDateOf(now));
  const wfActor = workflowActor(actor, task, principals);
  const inScope = actor.departmentId === task.departmentId || holds(wfActor.onBehalfOf ?? wfActor, task)
    || task.completedBy === actor.userId || caseWithinReach(caseReach(actor), target);
  if (!inScope) throw new DomainError('request.not_found');
  if (current.status !== 'in_progress') throw new DomainError('case.invalid_transition', { status: current.status });

  const item = await loadItemVersion(trx, current.itemVersionId);
  const state: WorkflowState = { steps: item.content.steps, tasks };
  const operation = await toOperation(trx, request);
  const result = applyOperation(state, taskId, operation, wfActor, now, ctx.newId);
  // Concluding changes the case: the reach changeCase asks of staff, with the departments working on it before this operation.
  const { outcome } = result;
  if (outcome.kind === 'concluded') {
    authorizeCase(actor, { ...target, workingDepartmentIds: [...new Set(state.tasks.map((t) => t.departmentId))] }, { roles: STAFF_ROLES });
  }

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
  if (outcome.kind === 'concluded') await concludeCase(trx, ctx, actor, current, item, outcome, calendar, now);
  return { result, caseId: current.id };
}

/** Applies one operation to a task for the signed-in staff member. */
export async function operateTask(ctx: Ctx, taskId: string, request: TaskRequest): Promise<TaskActionResult> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  if (actor.kind !== 'staff') throw new DomainError('request.not_found');
  const calendar = await currentCalendar(ctx);
  const { result, caseId } = await inTransaction(ctx, (trx) => runOperation(trx, ctx, actor, calendar, nowIso(ctx), taskId, request));
  return { taskId, caseId, outcome: result.outcome, created: result.insert.map((t) => t.id) };
}

/**
 * Concludes a case the engine has just concluded, in the operation's transaction with the case row locked:
 * result, conclusion instant, the delivery clock, the license of a grant, the applicant told.
 */
export function concludeCase(
  trx: Trx, ctx: Ctx, actor: Actor | null, current: Case, item: ItemVersion, outcome: Extract<Outcome, { kind: 'concluded' }>, calendar: Calendar, now: string,
): Promise<Case> {
  return changeLockedCase(trx, ctx, actor, current, 'conclude', calendar, now, () => {
    const concludedOn = parseLocalDate(localDateOf(now));
    // ALL Art. 44: a grant starts the delivery clock; a denial ends the office's clocks.
    const clock = outcome.result === 'granted' ? deliveryStage(calendar, concludedOn) : NO_CLOCK;
    const next: Case = { ...current, result: outcome.result, concludedAt: now, ...clock };
    return {
      next, details: { result: outcome.result },
      also: async () => {
        // Read once for both messages and the license's holder.
        const applicant = await findApplicantProfile(trx, next.applicantId);
        await notifyApplicant(trx, ctx, next, 'case.concluded', { outcome: outcome.result }, applicant);
        await requestRating(trx, ctx, next, applicant);
        // ALL Art. 39, 44: a grant's license is issued and signed with the conclusion (docs/licenses.md). Last,
        // because its serial locks the region's license sequence until the commit: every grant of the region waits.
        if (outcome.result === 'granted') await issueLicense(trx, ctx, next, now, { item, applicant });
      },
    };
  });
}
