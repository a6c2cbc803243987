/** Test helpers: step shapes, staff, and a case run that applies operations and keeps the state. */
import type { Step } from '../../catalog/item-schema.js';
import { applyOperation } from '../operations.js';
import { startWorkflow } from '../start.js';
import { applyResult, isActive, workflowStatus } from '../state.js';
import type { Member, Operation, Outcome, Task, WorkflowActor, WorkflowState } from '../types.js';

/** A staff member of a department holding one role. */
export const member = (userId: string, departmentId: string, role = 'handler'): Member => ({ userId, departmentId, roles: [role] });

/** A review step of department `d`. */
export const review = (key: string, d = 'd1'): Step => ({ key, name: key, kind: 'review', departmentId: d, role: 'handler', workdays: 3 });
/** A decide step of department `d` (approvers). */
export const decide = (key: string, d = 'd1'): Step => ({ key, name: key, kind: 'decide', departmentId: d, role: 'approver', workdays: 2 });
/** A parallel step with branches of departments `ds`, the first one leading. */
export const parallel = (key: string, ds: readonly string[], join: 'all' | 'any', absentMeansConsent = false): Step => ({
  key, name: key, kind: 'parallel', departmentId: ds[0]!, role: 'handler', workdays: 5, join, absentMeansConsent,
  branches: ds.map((departmentId) => ({ departmentId, role: 'handler' as const })),
});

/** A running case: the state, a clock that ticks one minute per operation, and ids t1, t2 … */
export class CaseRun {
  state: WorkflowState;
  outcomes: Outcome[] = [];
  private seq = 0;
  private minute = 0;

  constructor(steps: readonly Step[], private readonly day = '2026-03-02') {
    this.state = { steps, tasks: [] };
    this.state = applyResult(this.state, startWorkflow(steps, this.now(), this.newId));
  }

  readonly newId = (): string => `t${++this.seq}`;

  /** The current instant; each call moves the clock one minute on. */
  now(): string {
    this.minute += 1;
    const hh = String(8 + Math.floor(this.minute / 60)).padStart(2, '0');
    return `${this.day}T${hh}:${String(this.minute % 60).padStart(2, '0')}:00.000+08:00`;
  }

  /** Applies an operation and keeps its result. */
  do(taskId: string, op: Operation, actor: WorkflowActor): Outcome {
    const result = applyOperation(this.state, taskId, op, actor, this.now(), this.newId);
    this.state = applyResult(this.state, result);
    this.outcomes.push(result.outcome);
    return result.outcome;
  }

  /** The active tasks, optionally of one step. */
  active(stepKey?: string): Task[] {
    return this.state.tasks.filter((t) => isActive(t) && (stepKey === undefined || t.stepKey === stepKey));
  }

  /** The active task of a step's branch (null for a single step). */
  seat(stepKey: string, branchIndex: number | null = null): Task {
    const found = this.active(stepKey).find((t) => t.branchIndex === branchIndex && t.kind !== 'delegate');
    if (!found) throw new Error(`no active task at ${stepKey}/${branchIndex}`);
    return found;
  }

  task(id: string): Task {
    return this.state.tasks.find((t) => t.id === id)!;
  }

  status() {
    return workflowStatus(this.state);
  }
}

/** The DomainError code a call throws, or 'no error'. */
export function errorCode(fn: () => unknown): string {
  try { fn(); } catch (e) { return e instanceof Error && 'code' in e ? String(e.code) : String(e); }
  return 'no error';
}
