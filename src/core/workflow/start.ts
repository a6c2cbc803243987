/**
 * Starting a step: one pool task for a review or decide step, one per branch for a parallel step, the
 * lead department's branch flagged (DOMAIN.md §6). Return and advance start steps the same way.
 */
import type { Step } from '../catalog/item-schema.js';
import type { StepRole } from '../catalog/vocabulary.js';
import { localDateOf, type Instant } from '../clock/index.js';
import { DomainError } from '../errors.js';
import type { NewId, Task, WorkflowResult } from './types.js';

/** Refuses steps the engine cannot run: none at all, or a step missing its department, role or branches. */
export function checkSteps(steps: readonly Step[]): void {
  if (steps.length === 0) throw new DomainError('workflow.invalid_steps', { reason: 'no steps' });
  for (const step of steps) {
    const staffed = step.kind === 'parallel' ? (step.branches ?? []).length > 0 : Boolean(step.departmentId && step.role);
    if (!staffed) throw new DomainError('workflow.invalid_steps', { reason: step.key });
  }
}

interface Seat {
  readonly branchIndex: number | null;
  readonly departmentId: string;
  readonly role: StepRole;
  readonly lead: boolean;
}

function seatsOf(step: Step): Seat[] {
  if (step.kind !== 'parallel') return [{ branchIndex: null, departmentId: step.departmentId!, role: step.role!, lead: true }];
  const branches = step.branches ?? [];
  // The lead is the branch of the step's own department (catalog publish checks require it to be one of them).
  const leadIndex = Math.max(0, branches.findIndex((b) => b.departmentId === step.departmentId));
  return branches.map((b, i) => ({ branchIndex: i, departmentId: b.departmentId, role: b.role, lead: i === leadIndex }));
}

/** A fresh task with no action on it yet. */
export function newTask(fields: Pick<Task, 'id' | 'kind' | 'stepKey' | 'activation' | 'branchIndex' | 'lead' | 'departmentId' | 'role' | 'assigneeId' | 'createdOn' | 'stepStartedOn'> & Partial<Task>): Task {
  return {
    status: 'open', decision: null, opinion: null, returnTo: null, causedBy: null, note: null, delegatedFrom: null,
    completedAt: null, completedBy: null, onBehalfOf: null, ...fields,
  };
}

/** The pool tasks of a step's new activation; its clock starts on `now`'s date. */
export function stepTasks(step: Step, activation: number, now: Instant, newId: NewId): Task[] {
  const today = localDateOf(now);
  return seatsOf(step).map((seat) => newTask({
    id: newId(), kind: 'step', stepKey: step.key, activation, ...seat, assigneeId: null, createdOn: today, stepStartedOn: today,
  }));
}

/** The first step's tasks, to insert when the case is accepted (or deemed accepted). */
export function startWorkflow(steps: readonly Step[], now: Instant, newId: NewId): WorkflowResult {
  checkSteps(steps);
  return { insert: stepTasks(steps[0]!, 1, now, newId), update: [], outcome: { kind: 'continue' } };
}
