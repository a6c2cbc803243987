/**
 * 缺席默认 (absent means consent): on a parallel step set so, a branch that has not answered by the end of
 * its step clock counts as consenting (DOMAIN.md §6, used for joint completion acceptance). A scheduled job
 * calls this for each running case and persists the result like any operation's.
 */
import type { Calendar } from '../calendar/index.js';
import { isAfter, stepClock, type Instant } from '../clock/index.js';
import { settle } from './advance.js';
import { activationTasks, applyResult, branchApproved, isActive, mergeChanges, workflowStatus } from './state.js';
import type { NewId, Task, WorkflowResult, WorkflowState } from './types.js';

const NOTHING: WorkflowResult = { insert: [], update: [], outcome: { kind: 'continue' } };

/**
 * Closes, as consent, the active tasks of every unanswered branch whose step clock ran out before `now`,
 * then settles the step (which may move on or conclude). Nothing changes for other steps.
 */
export function expireOverdueBranches(state: WorkflowState, now: Instant, calendar: Calendar, newId: NewId): WorkflowResult {
  const status = workflowStatus(state);
  if (status.kind !== 'running') return NOTHING;
  const step = state.steps[status.stepIndex]!;
  if (step.kind !== 'parallel' || !step.absentMeansConsent) return NOTHING;
  const tasks = activationTasks(state.tasks, status.activation);
  const consents: Task[] = [];
  (step.branches ?? []).forEach((_, branch) => {
    const active = tasks.filter((t) => t.branchIndex === branch && isActive(t));
    if (active.length === 0 || branchApproved(tasks, branch)) return;
    const due = stepClock(calendar, active[0]!.stepStartedOn, step.workdays).dueAt;
    if (!isAfter(now, due)) return;
    consents.push(...active.map((t): Task => ({
      ...t, status: 'done', decision: 'consent', opinion: '缺席默认', completedAt: now, completedBy: null,
    })));
  });
  if (consents.length === 0) return NOTHING;
  const own = { insert: [], update: consents };
  const settled = settle(applyResult(state, own), now, newId);
  return { ...mergeChanges(own, settled), outcome: settled.outcome };
}
