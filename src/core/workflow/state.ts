/**
 * Reading a workflow state: the current activation, which branches and steps have passed, whether the case
 * has concluded. Derived from the tasks alone, so a service needs to store nothing else (DOMAIN.md §6).
 */
import type { Step } from '../catalog/item-schema.js';
import type { Instant } from '../clock/index.js';
import type { Task, WorkflowResult, WorkflowState } from './types.js';

/** Where a case's workflow stands. */
export type WorkflowStatus =
  | { readonly kind: 'not_started' }
  | { readonly kind: 'running'; readonly stepKey: string; readonly stepIndex: number; readonly activation: number }
  | { readonly kind: 'concluded'; readonly result: 'granted' | 'denied' };

/** Whether a task still waits for someone (open or claimed). */
export function isActive(task: Task): boolean {
  return task.status === 'open' || task.status === 'claimed';
}

/** The position of a step in the item's list, or -1. */
export function stepIndexOf(steps: readonly Step[], key: string): number {
  return steps.findIndex((s) => s.key === key);
}

/**
 * The activation now running: the highest one that still has a task not cancelled. (A withdraw cancels
 * the whole next activation, which makes the withdrawn step current again.)
 */
export function currentActivation(tasks: readonly Task[]): number {
  return tasks.reduce((max, t) => (t.status !== 'cancelled' && t.activation > max ? t.activation : max), 0);
}

/** The tasks of one activation, cancelled ones included. */
export function activationTasks(tasks: readonly Task[], activation: number): Task[] {
  return tasks.filter((t) => t.activation === activation);
}

/**
 * Whether one branch (or the single unit of a review/decide step) has approved: nothing in it is still
 * active, and it holds a consent (缺席默认) or only approvals. Delegate reports are advice, not votes, and
 * transfer/delegate closings are superseded by the task they created.
 */
export function branchApproved(tasks: readonly Task[], branchIndex: number | null): boolean {
  const unit = tasks.filter((t) => t.branchIndex === branchIndex && t.status !== 'cancelled');
  if (unit.length === 0 || unit.some(isActive)) return false;
  if (unit.some((t) => t.decision === 'consent')) return true;
  const votes = unit.filter((t) => t.kind !== 'delegate' && t.decision !== 'transfer' && t.decision !== 'delegate');
  return votes.length > 0 && votes.every((t) => t.decision === 'approve');
}

/** Whether a step's activation has passed: its one unit approved, or its branches joined (all 会签 / any 或签). */
export function stepPassed(step: Step, tasks: readonly Task[]): boolean {
  if (step.kind !== 'parallel') return branchApproved(tasks, null);
  const branches = (step.branches ?? []).map((_, i) => branchApproved(tasks, i));
  return step.join === 'any' ? branches.some(Boolean) : branches.every(Boolean);
}

/** Where the workflow stands: not started, running at a step, or concluded granted or denied. */
export function workflowStatus(state: WorkflowState): WorkflowStatus {
  const activation = currentActivation(state.tasks);
  if (activation === 0) return { kind: 'not_started' };
  const tasks = activationTasks(state.tasks, activation).filter((t) => t.status !== 'cancelled');
  if (tasks.some((t) => t.decision === 'deny')) return { kind: 'concluded', result: 'denied' };
  const stepKey = tasks[0]!.stepKey;
  const stepIndex = stepIndexOf(state.steps, stepKey);
  if (stepIndex === state.steps.length - 1 && stepPassed(state.steps[stepIndex]!, tasks)) return { kind: 'concluded', result: 'granted' };
  return { kind: 'running', stepKey, stepIndex, activation };
}

/** The state after persisting a result: updated tasks replaced by id, new tasks appended. */
export function applyResult(state: WorkflowState, result: Pick<WorkflowResult, 'insert' | 'update'>): WorkflowState {
  const updates = new Map(result.update.map((t) => [t.id, t]));
  return { steps: state.steps, tasks: [...state.tasks.map((t) => updates.get(t.id) ?? t), ...result.insert] };
}

/** A task closed by the system (a sibling of a return, the losers of an any join …). */
export function cancelTask(task: Task, now: Instant): Task {
  return { ...task, status: 'cancelled', completedAt: now, completedBy: null };
}

/** Two sets of changes as one: a later update of a task inserted earlier folds into the insert. */
export function mergeChanges(
  a: Pick<WorkflowResult, 'insert' | 'update'>, b: Pick<WorkflowResult, 'insert' | 'update'>,
): Pick<WorkflowResult, 'insert' | 'update'> {
  const later = new Map(b.update.map((t) => [t.id, t]));
  const insert = a.insert.map((t) => later.get(t.id) ?? t);
  const inserted = new Set(insert.map((t) => t.id));
  const update = new Map(a.update.map((t) => [t.id, t]));
  for (const t of b.update) if (!inserted.has(t.id)) update.set(t.id, t);
  return { insert: [...insert, ...b.insert], update: [...update.values()] };
}
