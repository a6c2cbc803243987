/**
 * What follows a vote: when the current step has passed (its unit approved, or its branches joined all
 * 会签 / any 或签), the tasks still open in it are cancelled and the next step starts, or the case concludes
 * granted after the last step. A deny concludes it denied (DOMAIN.md §6).
 */
import type { Instant } from '../clock/index.js';
import { stepTasks } from './start.js';
import { activationTasks, cancelTask, currentActivation, isActive, stepIndexOf, stepPassed } from './state.js';
import type { NewId, WorkflowResult, WorkflowState } from './types.js';

/** The next free activation number (cancelled activations keep theirs, so numbers never repeat). */
export function nextActivation(state: WorkflowState): number {
  return state.tasks.reduce((max, t) => Math.max(max, t.activation), 0) + 1;
}

/** Settles the current activation of a state whose latest changes are already applied. */
export function settle(state: WorkflowState, now: Instant, newId: NewId): WorkflowResult {
  const activation = currentActivation(state.tasks);
  const tasks = activationTasks(state.tasks, activation).filter((t) => t.status !== 'cancelled');
  const leftovers = tasks.filter(isActive).map((t) => cancelTask(t, now));
  if (tasks.some((t) => t.decision === 'deny')) {
    return { insert: [], update: leftovers, outcome: { kind: 'concluded', result: 'denied' } };
  }
  const index = stepIndexOf(state.steps, tasks[0]!.stepKey);
  if (!stepPassed(state.steps[index]!, tasks)) return { insert: [], update: [], outcome: { kind: 'continue' } };
  // 或签: the first approved branch moves the step on; the branches still open are cancelled, not asked.
  const next = state.steps[index + 1];
  if (!next) return { insert: [], update: leftovers, outcome: { kind: 'concluded', result: 'granted' } };
  return { insert: stepTasks(next, nextActivation(state), now, newId), update: leftovers, outcome: { kind: 'continue' } };
}
