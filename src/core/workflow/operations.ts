/**
 * One operation on one task (DOMAIN.md §6): claim, approve, return, deny here; transfer, delegate and add
 * signer in handover.ts; withdraw in withdraw.ts. Each returns the tasks to insert and update and what it
 * did to the case; the service persists them in one transaction. The semantics table is docs/workflow.md.
 */
import type { Instant } from '../clock/index.js';
import { DomainError } from '../errors.js';
import { nextActivation, settle } from './advance.js';
import { handOver, reportBack } from './handover.js';
import { actionableTask, closeTask, principalOf, requireReason } from './rules.js';
import { stepTasks } from './start.js';
import { activationTasks, applyResult, cancelTask, isActive, mergeChanges, stepIndexOf } from './state.js';
import type { NewId, Operation, Task, WorkflowActor, WorkflowResult, WorkflowState } from './types.js';
import { withdraw } from './withdraw.js';

/** Applies one operation by `actor` to task `taskId`; throws a `DomainError` when it is not allowed now. */
export function applyOperation(
  state: WorkflowState, taskId: string, operation: Operation, actor: WorkflowActor, now: Instant, newId: NewId,
): WorkflowResult {
  if (operation.kind === 'withdraw') return withdraw(state, taskId, operation.opinion, actor, now, newId);
  const task = actionableTask(state, taskId, actor);
  switch (operation.kind) {
    case 'claim': return claim(task, actor);
    case 'approve':
      // A delegate's approval is a report for the delegator, not a vote (DOMAIN.md §6: the work comes back).
      if (task.kind === 'delegate') return reportBack(state.tasks, task, operation.opinion, actor, now, newId);
      return vote(state, closeTask(task, 'approve', operation.opinion, actor, now), now, newId);
    case 'deny': return deny(state, task, operation.opinion, actor, now, newId);
    case 'return': return returnTo(state, task, operation, actor, now, newId);
    default: return handOver(task, operation, actor, now, newId);
  }
}

function claim(task: Task, actor: WorkflowActor): WorkflowResult {
  if (task.status !== 'open') throw new DomainError('workflow.already_claimed');
  const claimed: Task = { ...task, status: 'claimed', assigneeId: principalOf(actor).userId };
  return { insert: [], update: [claimed], outcome: { kind: 'continue' } };
}

// A closed task is applied first, then the step is settled on the new state.
function vote(state: WorkflowState, closed: Task, now: Instant, newId: NewId): WorkflowResult {
  const own = { insert: [], update: [closed] };
  const settled = settle(applyResult(state, own), now, newId);
  return { ...mergeChanges(own, settled), outcome: settled.outcome };
}

function deny(state: WorkflowState, task: Task, opinion: string, actor: WorkflowActor, now: Instant, newId: NewId): WorkflowResult {
  const reason = requireReason(opinion);
  // Only a decide step may refuse the application; a review or a parallel branch that disagrees returns.
  const step = state.steps[stepIndexOf(state.steps, task.stepKey)]!;
  if (step.kind !== 'decide' || task.kind === 'delegate') throw new DomainError('workflow.deny_not_allowed');
  return vote(state, closeTask(task, 'deny', reason, actor, now), now, newId);
}

function returnTo(
  state: WorkflowState, task: Task, op: Extract<Operation, { kind: 'return' }>, actor: WorkflowActor, now: Instant, newId: NewId,
): WorkflowResult {
  const reason = requireReason(op.opinion);
  if (task.kind === 'delegate') throw new DomainError('workflow.operation_not_allowed');
  const target = stepIndexOf(state.steps, op.toStepKey);
  if (target < 0 || target >= stepIndexOf(state.steps, task.stepKey)) throw new DomainError('workflow.invalid_return_target');
  const closed: Task = { ...closeTask(task, 'return', reason, actor, now), returnTo: op.toStepKey };
  // Every other open task of the step (siblings, signers, delegates) is cancelled; votes already cast stay
  // in the old activation and no longer count. The target step starts afresh, with a fresh clock.
  const siblings = activationTasks(state.tasks, task.activation).filter((t) => t.id !== task.id && isActive(t));
  return {
    insert: stepTasks(state.steps[target]!, nextActivation(state), now, newId),
    update: [closed, ...siblings.map((t) => cancelTask(t, now))],
    outcome: { kind: 'returned', toStepKey: op.toStepKey },
  };
}
