/** The workflow engine of DOMAIN.md §6: pure functions from steps and tasks to tasks; see docs/workflow.md. */
export { startWorkflow, checkSteps } from './start.js';
export { applyOperation } from './operations.js';
export { expireOverdueBranches } from './absent-consent.js';
export { taskDue } from './task-due.js';
export { applyResult, branchApproved, currentActivation, isActive, stepPassed, workflowStatus, type WorkflowStatus } from './state.js';
export { holds } from './rules.js';
export {
  DECISIONS, TASK_KINDS, TASK_STATUSES,
  type Decision, type Member, type NewId, type Operation, type OperationKind, type Outcome, type Task, type TaskKind,
  type TaskStatus, type WorkflowActor, type WorkflowResult, type WorkflowState,
} from './types.js';
