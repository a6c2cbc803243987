/**
 * Urging (催办, DOMAIN.md §7): a supervisor urges a case or one of its tasks with a message and a reply
 * deadline in workdays; the handler (or a member of the department doing its work) acknowledges and
 * replies. Escalation and closing live beside this (escalate-urges.ts, close-urges.ts).
 */
import { caseReach, caseWithinReach } from '../../core/cases/access.js';
import type { CaseStatus } from '../../core/cases/status.js';
import { localDateOf } from '../../core/clock/index.js';
import { DomainError, invalidFields } from '../../core/errors.js';
import {
  ACTIVE_TASK_STATUSES, acknowledgement, canReply, DEFAULT_REPLY_WORKDAYS, replyClock, supervisionScope, URGEABLE_CASE_STATUSES,
  type UrgeStatus,
} from '../../core/supervision/index.js';
import { selectCaseWithPath } from '../../store/repositories/case-repository.js';
import { soleCaseHolder } from '../../store/repositories/supervision-notice-repository.js';
import { findTaskRow } from '../../store/repositories/task-repository.js';
import {
  acknowledgeUrge, findUrge, insertUrge, listUrges, replyToUrge, type UrgeView,
} from '../../store/repositories/urge-repository.js';
import { requireActor, requireRole } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { notifyStaff } from '../notifications/notify-staff.js';
import { requireAnswerer } from './reach.js';
import { departmentHeadIds, taskHolderIds } from './recipients.js';

/** One urge as stored, with its case and department. */
export type Urge = NonNullable<Awaited<ReturnType<typeof findUrge>>>;

/** What a supervisor writes. */
export interface UrgeInput {
  readonly message: string;
  readonly replyWorkdays?: number | undefined;
  readonly taskId?: string | undefined;
}

async function loadUrge(trx: Trx, id: string): Promise<Urge> {
  const urge = await findUrge(trx, id);
  if (!urge) throw new DomainError('request.not_found');
  return urge;
}

/** The task an urge names: one of the case's tasks still running. */
async function urgedTask(trx: Trx, caseId: string, taskId: string) {
  const task = await findTaskRow(trx, taskId);
  if (!task || task.case_id !== caseId) throw invalidFields([{ field: 'taskId', code: 'not_found' }]);
  if (!(ACTIVE_TASK_STATUSES as readonly string[]).includes(task.status)) throw new DomainError('workflow.task_closed');
  return task;
}

/**
 * Urges a case (or one of its running tasks) within the supervisor's region. The case is locked, so a
 * conclusion at the same moment either closes this urge or refuses it. The urge goes to the task's
 * holder, else the one person holding the case's tasks, else the department head.
 */
export async function urgeCase(ctx: Ctx, caseId: string, input: UrgeInput): Promise<Urge> {
  requireRole(ctx.actor, 'supervisor');
  const actor = ctx.actor;
  const calendar = await currentCalendar(ctx);
  return inTransaction(ctx, async (trx) => {
    const c = await ctx.store.dialect.forUpdate(selectCaseWithPath(trx).where('cases.id', '=', caseId), 'cases').executeTakeFirst();
    const reach = caseReach(actor, ['supervisor']);
    if (!c || !caseWithinReach(reach, { applicantId: c.applicant_id, regionCode: c.region_code, departmentPath: c.department_path })) {
      throw new DomainError('request.not_found');
    }
    if (!URGEABLE_CASE_STATUSES.includes(c.status as CaseStatus)) throw new DomainError('supervision.case_not_urgeable', { status: c.status });
    const task = input.taskId === undefined ? null : await urgedTask(trx, caseId, input.taskId);
    const handlerId = task ? task.assignee_id : await soleCaseHolder(trx, caseId);
    const departmentId = task?.department_id ?? c.department_id;
    const now = nowIso(ctx);
    const replyWorkdays = input.replyWorkdays ?? DEFAULT_REPLY_WORKDAYS;
    const reply = replyClock(calendar, now, replyWorkdays);
    const id = ctx.newId();
    await insertUrge(trx, {
      id, case_id: caseId, task_id: task?.id ?? null, department_id: departmentId, region_code: c.region_code, handler_id: handlerId,
      message: input.message.trim(), reply_workdays: replyWorkdays, reply_due_at: new Date(reply.dueAt).toISOString(), status: 'open',
      created_by: actor.userId, created_at: now, acknowledged_by: null, acknowledged_at: null, reply: null, replied_by: null,
      replied_at: null, escalated_at: null, closed_at: null,
    });
    const recipients = handlerId !== null ? [handlerId]
      : task ? await taskHolderIds(trx, { assigneeId: null, departmentId, role: task.role }) : await departmentHeadIds(trx, departmentId);
    await notifyStaff(trx, ctx, recipients, 'supervision.urged', {
      caseNo: c.case_no, itemName: c.item_name, message: input.message.trim(), replyDueDate: reply.dueDate,
    });
    await recordAudit(trx, ctx, {
      entity: 'urge', entityId: id, action: 'create', after: { caseId, taskId: task?.id ?? null, handlerId, replyDueAt: reply.dueAt },
    });
    return loadUrge(trx, id);
  });
}

/** The handler acknowledges (签收) an urge; acknowledging again changes nothing. */
export async function acknowledgeUrgeAs(ctx: Ctx, id: string): Promise<Urge> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  return inTransaction(ctx, async (trx) => {
    const urge = await loadUrge(trx, id);
    requireAnswerer(actor, { handlerId: urge.handler_id, departmentId: urge.department_id, regionCode: urge.region_code });
    const decision = acknowledgement({ status: urge.status as UrgeStatus, acknowledgedAt: urge.acknowledged_at });
    if (decision.kind === 'refused') throw new DomainError('supervision.urge_answered');
    if (decision.kind === 'already') return urge;
    if (await acknowledgeUrge(trx, id, { by: actor.userId, at: nowIso(ctx), status: decision.next })) {
      await recordAudit(trx, ctx, { entity: 'urge', entityId: id, action: 'acknowledge', before: { status: urge.status }, after: { status: decision.next } });
    }
    return loadUrge(trx, id);
  });
}

/** The handler replies in writing; the supervisor who urged is told. */
export async function replyToUrgeAs(ctx: Ctx, id: string, text: string): Promise<Urge> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  return inTransaction(ctx, async (trx) => {
    const urge = await loadUrge(trx, id);
    requireAnswerer(actor, { handlerId: urge.handler_id, departmentId: urge.department_id, regionCode: urge.region_code });
    if (!canReply(urge.status as UrgeStatus)) throw new DomainError('supervision.urge_answered');
    if (!(await replyToUrge(trx, id, { text: text.trim(), by: actor.userId, at: nowIso(ctx) }))) throw new DomainError('supervision.urge_answered');
    await notifyStaff(trx, ctx, [urge.created_by], 'supervision.urge_replied', { caseNo: urge.case_no, itemName: urge.item_name });
    await recordAudit(trx, ctx, { entity: 'urge', entityId: id, action: 'reply', before: { status: urge.status }, after: { status: 'replied' } });
    return loadUrge(trx, id);
  });
}

/** Urges the actor sees: a reader's region (or, with `mine`, those addressed to them and their department line). */
export async function listUrgesFor(ctx: Ctx, filter: {
  status?: UrgeStatus | undefined; caseId?: string | undefined; mine?: boolean | undefined; limit?: number | undefined; offset?: number | undefined;
}): Promise<{ urges: UrgeView[]; total: number }> {
  requireActor(ctx.actor);
  const scope = supervisionScope(ctx.actor, filter.mine ?? false);
  if (scope.kind === 'none') return { urges: [], total: 0 };
  const rows = await listUrges(ctx.store.db, scope, {
    status: filter.status, caseId: filter.caseId, limit: filter.limit ?? 50, offset: filter.offset ?? 0,
  });
  return { urges: rows, total: rows[0]?.total ?? 0 };
}

/** The reply deadline as the handler reads it (a legal date). */
export const replyDueDate = (urge: Pick<Urge, 'reply_due_at'>): string => localDateOf(urge.reply_due_at);
