/**
 * A case's workflow as the staff workbench shows it (docs/workbench.md): the steps of the case's own item
 * version, every task with its people, clock and opinion, and what the viewer may do on each task right now.
 */
import { STAFF_ROLES } from '../../core/accounts/roles.js';
import { parseLocalDate } from '../../core/calendar/index.js';
import { stepClockView } from '../../core/cases/case-suspension.js';
import type { Step } from '../../core/catalog/item-schema.js';
import { localDateOf, type WarningLevel } from '../../core/clock/index.js';
import { DomainError } from '../../core/errors.js';
import {
  applyOperation, isActive, type Member, type Operation, type OperationKind, type Task, type WorkflowState,
} from '../../core/workflow/index.js';
import { listCaseSuspensions } from '../../store/repositories/case-clock-repository.js';
import { listCaseTasks, taskFromRow } from '../../store/repositories/task-repository.js';
import type { TaskRow } from '../../store/case-tables.js';
import { requireActor } from '../access/authorize.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import { loadItemVersion } from '../cases/case-item.js';
import { loadCaseFor } from '../cases/change-case.js';
import type { Ctx, Db } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { absentPrincipals, workflowActor } from './task-actions.js';

/** One task of the case with the viewer's allowed operations. */
export interface CaseTaskView {
  readonly task: Task;
  readonly row: TaskRow;
  /** Active tasks only: the step clock's warning and remaining workdays today (standing still while the case is suspended). */
  readonly warning: WarningLevel | null;
  readonly remainingWorkdays: number | null;
  readonly actions: readonly OperationKind[];
}

/** The workflow of one case for one staff viewer. */
export interface CaseWorkflowView {
  readonly caseId: string;
  readonly caseStatus: string;
  readonly steps: readonly Step[];
  readonly tasks: readonly CaseTaskView[];
  /** Names of the people and departments the tasks mention, by id. */
  readonly people: Readonly<Record<string, string>>;
  readonly departments: Readonly<Record<string, string>>;
}

/** Every task operation, in the order the page offers them. */
export const OPERATION_KINDS = ['claim', 'approve', 'return', 'deny', 'transfer', 'delegate', 'add_signer', 'withdraw'] as const satisfies readonly OperationKind[];

/** A stand-in operation of each kind, only to ask the engine whether it would be allowed. */
function trial(kind: OperationKind, task: Task, steps: readonly Step[]): Operation {
  const placeholder: Member = { userId: '\u0000colleague', departmentId: task.departmentId, roles: [task.role] };
  switch (kind) {
    case 'return': return { kind, opinion: '·', toStepKey: steps[0]?.key ?? '' };
    case 'deny': return { kind, opinion: '·' };
    case 'transfer': case 'delegate': case 'add_signer': return { kind, to: placeholder };
    default: return { kind };
  }
}

/**
 * The operations the engine would accept from the viewer on a task now, found by trying each on the pure
 * engine (nothing is written), so the page offers exactly what the server allows. A reason or a colleague
 * is asked for later; a return needs an earlier step, which `trial` names (the first).
 */
function allowedOperations(state: WorkflowState, task: Task, actor: Parameters<typeof workflowActor>[0], principals: readonly Member[], now: string): OperationKind[] {
  const wfActor = workflowActor(actor, task, principals);
  return OPERATION_KINDS.filter((kind) => {
    try {
      applyOperation(state, task.id, trial(kind, task, state.steps), wfActor, now, () => 'trial');
      return true;
    } catch (error) {
      if (error instanceof DomainError) return false;
      throw error;
    }
  });
}

async function namesOf(db: Db, table: 'users' | 'departments', ids: ReadonlySet<string>): Promise<Record<string, string>> {
  if (ids.size === 0) return {};
  const rows = await db.selectFrom(table).select(['id', 'name']).where('id', 'in', [...ids]).execute();
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

/** The case's workflow for a staff member who reaches the case (others: 404; applicants never see opinions). */
export async function caseWorkflow(ctx: Ctx, caseId: string): Promise<CaseWorkflowView> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  const now = nowIso(ctx);
  const calendar = await currentCalendar(ctx);
  const loaded = await inTransaction(ctx, async (trx) => {
    const current = await loadCaseFor(trx, ctx, actor, caseId, { roles: STAFF_ROLES });
    const rows = await listCaseTasks(trx, caseId);
    const item = await loadItemVersion(trx, current.itemVersionId);
    const principals = await absentPrincipals(trx, actor.userId, localDateOf(now));
    const tasks = rows.map(taskFromRow);
    // A suspended case's step clocks stand still from its open suspension's pause date (ALL Art. 45).
    const open = current.status === 'suspended' ? (await listCaseSuspensions(trx, caseId)).find((s) => s.resumed_at === null) : undefined;
    const pausedOn = current.status === 'suspended' ? parseLocalDate(open?.paused_on ?? localDateOf(now)) : null;
    const people = new Set(tasks.flatMap((t) => [t.assigneeId, t.completedBy, t.onBehalfOf]).filter((id): id is string => id !== null));
    return {
      current, rows, tasks, principals, pausedOn, steps: item.content.steps,
      people: await namesOf(trx, 'users', people),
      departments: await namesOf(trx, 'departments', new Set([
        ...tasks.map((t) => t.departmentId),
        ...item.content.steps.flatMap((step) => [step.departmentId, ...(step.branches ?? []).map((b) => b.departmentId)]).filter((id): id is string => id !== undefined),
      ])),
    };
  });
  const { current, rows, tasks, principals, pausedOn, steps } = loaded;
  const state: WorkflowState = { steps, tasks };
  // The service runs task operations only while the case is in progress (a suspended case's tasks wait).
  const operable = current.status === 'in_progress';
  return {
    caseId, caseStatus: current.status, steps, people: loaded.people, departments: loaded.departments,
    tasks: tasks.map((task, index) => {
      const row = rows[index]!;
      const active = isActive(task);
      const clock = active ? stepClockView(calendar, now, { stepStartedOn: task.stepStartedOn, yellowAt: row.yellow_at, dueAt: row.due_at }, pausedOn) : null;
      return {
        task, row, warning: clock?.warning ?? null, remainingWorkdays: clock?.remainingWorkdays ?? null,
        actions: operable && (active || task.decision === 'approve') ? allowedOperations(state, task, actor, principals, now) : [],
      };
    }),
  };
}
