/**
 * The workflow's data (DOMAIN.md §6): an item version's steps plus the tasks created so far. Every value
 * is plain data a repository can store as one row per task; the engine never mutates it.
 */
import type { LocalDate } from '../calendar/index.js';
import type { Step } from '../catalog/item-schema.js';
import type { StepRole } from '../catalog/vocabulary.js';
import type { Instant } from '../clock/index.js';

/** open: nobody has taken it up (pool, or assigned but untouched); claimed: taken up; done and cancelled are final. */
export const TASK_STATUSES = ['open', 'claimed', 'done', 'cancelled'] as const;
/** A task's status. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * step: a step's own task (one per branch); signer: added by 加签; delegate: the delegate's work, which
 * comes back to the delegator as a new step task.
 */
export const TASK_KINDS = ['step', 'signer', 'delegate'] as const;
/** A task's kind. */
export type TaskKind = (typeof TASK_KINDS)[number];

/**
 * How a task was closed. approve and consent are votes; deny concludes; return restarts an earlier step;
 * transfer and delegate hand the work on to a new task.
 */
export const DECISIONS = ['approve', 'deny', 'return', 'transfer', 'delegate', 'consent'] as const;
/** A closing decision. */
export type Decision = (typeof DECISIONS)[number];

/** One person's piece of work on one step (or one branch of a parallel step). */
export interface Task {
  readonly id: string;
  readonly kind: TaskKind;
  readonly stepKey: string;
  /**
   * Which start of a step this task belongs to: 1 for the first step, +1 each time a step starts (next
   * step, or again after a return). Votes count only within the current activation.
   */
  readonly activation: number;
  /** The branch of a parallel step; null on a review or decide step. */
  readonly branchIndex: number | null;
  /** The branch of the lead department (牵头部门). */
  readonly lead: boolean;
  readonly departmentId: string;
  readonly role: StepRole;
  /** null: the pool; any member of the department with the role may claim it. */
  readonly assigneeId: string | null;
  readonly status: TaskStatus;
  readonly decision: Decision | null;
  readonly opinion: string | null;
  /** For a return: the step it went back to. */
  readonly returnTo: string | null;
  readonly createdOn: LocalDate;
  /** The day the step (this activation) started: the step clock runs from here, whoever holds the task. */
  readonly stepStartedOn: LocalDate;
  /** The task whose action created this one (transfer, delegate, add signer, withdraw). */
  readonly causedBy: string | null;
  /** The note given with the action that created this task (transfer, delegate or add-signer opinion). */
  readonly note: string | null;
  /** For a task given back to a delegator: the delegate task whose report it carries. */
  readonly delegatedFrom: string | null;
  readonly completedAt: Instant | null;
  /** Who acted; null when the system closed it (缺席默认, cancellation). */
  readonly completedBy: string | null;
  /** AB岗: the absent principal the backup acted for (DOMAIN.md §6). */
  readonly onBehalfOf: string | null;
}

/** A staff member as the engine needs to see one: the department and the roles held there. */
export interface Member {
  readonly userId: string;
  readonly departmentId: string | null;
  readonly roles: readonly string[];
}

/** Who acts. A backup acting for an absent principal (AB岗) names the principal, whose rights apply. */
export interface WorkflowActor extends Member {
  readonly onBehalfOf?: Member;
}

/** What the engine works on: the steps of the case's item version and every task of the case. */
export interface WorkflowState {
  readonly steps: readonly Step[];
  readonly tasks: readonly Task[];
}

/** One operation on one task; every one may carry an opinion, and return and deny require it (the reason). */
export type Operation =
  | { readonly kind: 'claim'; readonly opinion?: string }
  | { readonly kind: 'approve'; readonly opinion?: string }
  | { readonly kind: 'return'; readonly opinion: string; readonly toStepKey: string }
  | { readonly kind: 'deny'; readonly opinion: string }
  | { readonly kind: 'transfer'; readonly opinion?: string; readonly to: Member }
  | { readonly kind: 'delegate'; readonly opinion?: string; readonly to: Member }
  | { readonly kind: 'add_signer'; readonly opinion?: string; readonly to: Member }
  | { readonly kind: 'withdraw'; readonly opinion?: string };

/** The operation kinds. */
export type OperationKind = Operation['kind'];

/** What an operation did to the case. */
export type Outcome =
  | { readonly kind: 'continue' }
  | { readonly kind: 'concluded'; readonly result: 'granted' | 'denied' }
  | { readonly kind: 'returned'; readonly toStepKey: string };

/** Tasks to insert and tasks to update (whole new values), and the outcome: persist all in one transaction. */
export interface WorkflowResult {
  readonly insert: readonly Task[];
  readonly update: readonly Task[];
  readonly outcome: Outcome;
}

/** A source of fresh task ids (the service's `ctx.newId`). */
export type NewId = () => string;
