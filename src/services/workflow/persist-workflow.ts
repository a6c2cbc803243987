/**
 * Writes what the workflow engine decided (docs/workflow.md, "For the service"): inserted tasks with their
 * step clock, updated tasks compare-and-set on their previous status (409 when another transaction won).
 */
import type { Calendar } from '../../core/calendar/index.js';
import type { Case } from '../../core/cases/case.js';
import type { Step } from '../../core/catalog/item-schema.js';
import { DomainError } from '../../core/errors.js';
import { startWorkflow, taskDue, type WorkflowResult, type WorkflowState } from '../../core/workflow/index.js';
import { insertTask, updateTask } from '../../store/repositories/task-repository.js';
import type { Ctx, Trx } from '../context.js';

/** Persists one engine result for a case in the caller's transaction. */
export async function persistWorkflow(
  trx: Trx, caseId: string, state: WorkflowState, result: Pick<WorkflowResult, 'insert' | 'update'>, calendar: Calendar, now: string,
): Promise<void> {
  for (const task of result.insert) {
    const step = state.steps.find((s) => s.key === task.stepKey);
    const due = taskDue(calendar, task, step?.workdays ?? 0);
    const absentMeansConsent = step?.kind === 'parallel' && step.absentMeansConsent === true;
    await insertTask(trx, { caseId, task, dueAt: due.dueAt, yellowAt: due.yellowAt, absentMeansConsent }, now);
  }
  for (const task of result.update) {
    const previous = state.tasks.find((t) => t.id === task.id);
    if (!previous) throw new DomainError('internal');
    if (!(await updateTask(trx, task, previous.status, now))) throw new DomainError('request.conflict');
  }
}

/**
 * Starts a case's workflow at acceptance (or deemed acceptance): the first step's pool tasks. An item
 * without steps has nothing to run (catalog publishing requires steps for items that are not instant).
 */
export async function startCaseWorkflow(trx: Trx, ctx: Ctx, c: Case, steps: readonly Step[], calendar: Calendar, now: string): Promise<void> {
  if (steps.length === 0) return;
  const result = startWorkflow(steps, now, ctx.newId);
  await persistWorkflow(trx, c.id, { steps, tasks: [] }, result, calendar, now);
}
