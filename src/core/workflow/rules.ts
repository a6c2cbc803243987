/**
 * The checks every operation shares: the task exists and is still active, the case has not concluded,
 * the actor may act on the task, a reason is given where one is required (DOMAIN.md §6).
 */
import type { Instant } from '../clock/index.js';
import { DomainError } from '../errors.js';
import { isActive, workflowStatus } from './state.js';
import type { Decision, Member, Task, WorkflowActor, WorkflowState } from './types.js';

/** The task with this id, or `workflow.task_not_found`. */
export function findTask(state: WorkflowState, taskId: string): Task {
  const task = state.tasks.find((t) => t.id === taskId);
  if (!task) throw new DomainError('workflow.task_not_found');
  return task;
}

/** Refuses any change once the case has concluded. */
export function assertRunning(state: WorkflowState): void {
  if (workflowStatus(state).kind !== 'running') throw new DomainError('workflow.concluded');
}

/** Whose rights apply: the absent principal's when a backup acts on their behalf (AB岗). */
export function principalOf(actor: WorkflowActor): Member {
  return actor.onBehalfOf ?? actor;
}

/** Whether a member holds a task: its assignee, or for a pool task any member of its department with its role. */
export function holds(member: Member, task: Task): boolean {
  if (task.assigneeId !== null) return task.assigneeId === member.userId;
  return member.departmentId === task.departmentId && member.roles.includes(task.role);
}

/** The task, checked to be active and held by the actor's principal. */
export function actionableTask(state: WorkflowState, taskId: string, actor: WorkflowActor): Task {
  const task = findTask(state, taskId);
  assertRunning(state);
  if (!isActive(task)) throw new DomainError('workflow.task_closed');
  if (!holds(principalOf(actor), task)) throw new DomainError('workflow.not_assignee');
  return task;
}

/** The trimmed reason, or `workflow.reason_required` when blank (return and deny must say why). */
export function requireReason(opinion: string | undefined): string {
  const reason = opinion?.trim() ?? '';
  if (!reason) throw new DomainError('workflow.reason_required');
  return reason;
}

/** A task closed by the actor with a decision and opinion; a pool task counts as claimed by the actor. */
export function closeTask(task: Task, decision: Decision, opinion: string | undefined, actor: WorkflowActor, now: Instant): Task {
  const principal = principalOf(actor);
  return {
    ...task, status: 'done', decision, opinion: opinion?.trim() || null, assigneeId: task.assigneeId ?? principal.userId,
    completedAt: now, completedBy: actor.userId, onBehalfOf: principal.userId === actor.userId ? null : principal.userId,
  };
}
