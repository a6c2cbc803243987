/**
 * Handing work to someone else (DOMAIN.md §6). Transfer (转办): the task passes to another member of its
 * department and role. Delegate (委托): a colleague does the work and reports back; the report returns to the
 * delegator as a new task, who then decides. Add signer (加签): another person must also approve before the
 * branch counts as approved. None of them moves the step, starts a clock or touches siblings.
 */
import { localDateOf, type Instant } from '../clock/index.js';
import { DomainError } from '../errors.js';
import { closeTask, principalOf } from './rules.js';
import { newTask } from './start.js';
import type { Member, NewId, Operation, Task, WorkflowActor, WorkflowResult } from './types.js';

type Handover = Extract<Operation, { kind: 'transfer' | 'delegate' | 'add_signer' }>;

const CONTINUE = { kind: 'continue' } as const;

function checkTarget(op: Handover, task: Task, actor: WorkflowActor): Member {
  const to = op.to;
  const self = to.userId === principalOf(actor).userId || to.userId === actor.userId;
  // A transfer makes the target the task's holder, so the target must hold the task's department and role.
  const fits = op.kind === 'transfer' ? to.departmentId === task.departmentId && to.roles.includes(task.role)
    : op.kind === 'delegate' ? to.departmentId === task.departmentId : to.departmentId !== null;
  if (self || !fits) throw new DomainError('workflow.invalid_target');
  return to;
}

/** A follow-up task in the same seat (step, activation, branch) for `assigneeId`; the step clock runs on. */
function follow(task: Task, fields: Pick<Task, 'kind' | 'assigneeId' | 'causedBy' | 'note'> & Partial<Task>, now: Instant, newId: NewId): Task {
  return newTask({
    id: newId(), stepKey: task.stepKey, activation: task.activation, branchIndex: task.branchIndex, lead: task.lead,
    departmentId: task.departmentId, role: task.role, createdOn: localDateOf(now), stepStartedOn: task.stepStartedOn, ...fields,
  });
}

/** Transfer, delegate or add a signer to an active task the actor holds. */
export function handOver(task: Task, op: Handover, actor: WorkflowActor, now: Instant, newId: NewId): WorkflowResult {
  if (task.kind === 'delegate') throw new DomainError('workflow.operation_not_allowed');
  const to = checkTarget(op, task, actor);
  const note = op.opinion?.trim() || null;
  if (op.kind === 'add_signer') {
    const signer = follow(task, {
      kind: 'signer', assigneeId: to.userId, causedBy: task.id, note, lead: false, departmentId: to.departmentId ?? task.departmentId,
    }, now, newId);
    const held: Task = { ...task, status: 'claimed', assigneeId: task.assigneeId ?? principalOf(actor).userId };
    return { insert: [signer], update: [held], outcome: CONTINUE };
  }
  const closed = closeTask(task, op.kind, op.opinion, actor, now);
  const kind = op.kind === 'transfer' ? task.kind : 'delegate';
  const next = follow(task, { kind, assigneeId: to.userId, causedBy: task.id, note, delegatedFrom: op.kind === 'transfer' ? task.delegatedFrom : null }, now, newId);
  return { insert: [next], update: [closed], outcome: CONTINUE };
}

/**
 * The delegate reports back: the delegate task closes (its decision is advice, not a vote) and the
 * delegator gets a new task of the original kind carrying the report.
 */
export function reportBack(tasks: readonly Task[], task: Task, opinion: string | undefined, actor: WorkflowActor, now: Instant, newId: NewId): WorkflowResult {
  const origin = tasks.find((t) => t.id === task.causedBy)!;
  const closed = closeTask(task, 'approve', opinion, actor, now);
  const back = follow(origin, {
    kind: origin.kind, assigneeId: origin.assigneeId, causedBy: task.id, note: closed.opinion, delegatedFrom: task.id,
  }, now, newId);
  return { insert: [back], update: [closed], outcome: CONTINUE };
}
