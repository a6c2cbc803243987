/**
 * Withdraw (撤回): take back one's approval while the next task is untouched (DOMAIN.md §6). The approval
 * is cancelled (its record stays) and the approver gets the task back. If the approval had moved the step
 * on, the next step's still-open tasks are cancelled, and branches an any-join (或签) had cancelled come back
 * fresh; votes of other branches stand. Once anyone has claimed or done a next task, it is too late.
 */
import { localDateOf, toEpochMs, type Instant } from '../clock/index.js';
import { DomainError } from '../errors.js';
import { assertRunning, findTask, principalOf } from './rules.js';
import { newTask } from './start.js';
import { activationTasks, cancelTask, currentActivation, stepIndexOf } from './state.js';
import type { NewId, Task, WorkflowActor, WorkflowResult, WorkflowState } from './types.js';

const CONTINUE = { kind: 'continue' } as const;

/** A fresh active copy of a task's seat (same step, activation, branch and clock). */
function reopen(task: Task, assigneeId: string | null, now: Instant, newId: NewId, note: string | null): Task {
  return newTask({
    id: newId(), kind: task.kind, stepKey: task.stepKey, activation: task.activation, branchIndex: task.branchIndex, lead: task.lead,
    departmentId: task.departmentId, role: task.role, assigneeId, createdOn: localDateOf(now), stepStartedOn: task.stepStartedOn,
    status: assigneeId === null ? 'open' : 'claimed', causedBy: task.id, note, delegatedFrom: task.delegatedFrom,
  });
}

/** The tasks the approval led to, which must all be untouched; throws when progress went further. */
function nextTasks(state: WorkflowState, task: Task): Task[] {
  if (task.kind === 'delegate') return state.tasks.filter((t) => t.causedBy === task.id && t.status !== 'cancelled');
  const current = currentActivation(state.tasks);
  if (task.activation === current) return [];
  const later = new Set(state.tasks.filter((t) => t.activation > task.activation && t.status !== 'cancelled').map((t) => t.activation));
  const next = activationTasks(state.tasks, current).filter((t) => t.status !== 'cancelled');
  const adjacent = stepIndexOf(state.steps, next[0]!.stepKey) === stepIndexOf(state.steps, task.stepKey) + 1;
  if (later.size !== 1 || !adjacent) throw new DomainError('workflow.withdraw_too_late');
  return next;
}

/** Withdraws the actor's approval on task `taskId`. */
export function withdraw(state: WorkflowState, taskId: string, opinion: string | undefined, actor: WorkflowActor, now: Instant, newId: NewId): WorkflowResult {
  const task = findTask(state, taskId);
  assertRunning(state);
  const approver = task.onBehalfOf ?? task.completedBy;
  if (task.status !== 'done' || task.decision !== 'approve' || approver !== principalOf(actor).userId) {
    throw new DomainError('workflow.withdraw_refused');
  }
  const next = nextTasks(state, task);
  if (next.some((t) => t.status !== 'open' || t.kind !== 'step')) throw new DomainError('workflow.withdraw_too_late');
  const note = opinion?.trim() || null;
  const taken: Task = { ...task, status: 'cancelled' };
  const update = [taken, ...next.map((t) => cancelTask(t, now))];
  const insert = [reopen(task, task.assigneeId, now, newId, note)];
  if (next.length > 0 && task.kind !== 'delegate') {
    // 或签 cancelled the other branches when the step passed: they come back as fresh pool tasks.
    const own = activationTasks(state.tasks, task.activation);
    const passedAt = Math.max(...own.filter((t) => t.status === 'done').map((t) => toEpochMs(t.completedAt!)));
    const reopened = new Set(state.tasks.map((t) => t.causedBy));
    const joined = own.filter((t) => t.status === 'cancelled' && t.decision === null && !reopened.has(t.id) && toEpochMs(t.completedAt!) === passedAt);
    insert.push(...joined.map((t) => reopen(t, t.kind === 'step' ? null : t.assigneeId, now, newId, null)));
  }
  return { insert, update, outcome: CONTINUE };
}
