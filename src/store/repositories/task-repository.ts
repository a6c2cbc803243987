import type { Kysely } from 'kysely';
import { parseLocalDate } from '../../core/calendar/index.js';
import type { CaseReach } from '../../core/cases/access.js';
import type { StepRole } from '../../core/catalog/vocabulary.js';
import type { Decision, Task, TaskKind, TaskStatus } from '../../core/workflow/index.js';
import type { TaskRow, TaskTable } from '../case-tables.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

// Instants are stored in one form, UTC (`…Z`), so that SQL compares them as text correctly.
const utc = (instant: string | null): string | null => (instant === null ? null : new Date(instant).toISOString());

/** A task as stored: the engine's Task, its case and its step clock. */
export interface StoredTask {
  readonly caseId: string;
  readonly task: Task;
  readonly dueAt: string;
  readonly yellowAt: string;
  /** The step closes unanswered branches as consent when overdue (缺席默认). */
  readonly absentMeansConsent: boolean;
}

/** Row → engine Task. */
export function taskFromRow(row: TaskRow): Task {
  return {
    id: row.id, kind: row.kind as TaskKind, stepKey: row.step_key, activation: Number(row.activation),
    branchIndex: row.branch_index === null ? null : Number(row.branch_index), lead: Number(row.lead) === 1,
    departmentId: row.department_id, role: row.role as StepRole, assigneeId: row.assignee_id, status: row.status as TaskStatus,
    decision: row.decision as Decision | null, opinion: row.opinion, returnTo: row.return_to, createdOn: parseLocalDate(row.created_on),
    stepStartedOn: parseLocalDate(row.step_started_on), causedBy: row.caused_by, note: row.note, delegatedFrom: row.delegated_from,
    completedAt: row.completed_at, completedBy: row.completed_by, onBehalfOf: row.on_behalf_of,
  };
}

/** The columns an engine Task owns (everything but the case, the clock and the stamps). */
function taskColumns(t: Task) {
  return {
    kind: t.kind, step_key: t.stepKey, activation: t.activation, branch_index: t.branchIndex, lead: t.lead ? 1 : 0,
    department_id: t.departmentId, role: t.role, assignee_id: t.assigneeId, status: t.status, decision: t.decision, opinion: t.opinion,
    return_to: t.returnTo, created_on: t.createdOn, step_started_on: t.stepStartedOn, caused_by: t.causedBy, note: t.note,
    delegated_from: t.delegatedFrom, completed_at: utc(t.completedAt), completed_by: t.completedBy, on_behalf_of: t.onBehalfOf,
  };
}

/** Inserts a new task with its step clock. */
export async function insertTask(db: Db, stored: StoredTask, now: string): Promise<void> {
  const row: TaskTable = {
    id: stored.task.id, case_id: stored.caseId, ...taskColumns(stored.task), due_at: utc(stored.dueAt)!, yellow_at: utc(stored.yellowAt)!,
    absent_means_consent: stored.absentMeansConsent ? 1 : 0,
    created_at: utc(now)!, updated_at: utc(now)!,
  };
  await db.insertInto('tasks').values(row).execute();
}

/**
 * Saves a task's new value only if its status is still `expectedStatus` (compare-and-set); false when
 * another transaction changed it first, so the caller answers 409.
 */
export async function updateTask(db: Db, task: Task, expectedStatus: TaskStatus, now: string): Promise<boolean> {
  const result = await db.updateTable('tasks').set({ ...taskColumns(task), updated_at: utc(now)! })
    .where('id', '=', task.id).where('status', '=', expectedStatus).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Every task of a case, in creation order. */
export async function listCaseTasks(db: Db, caseId: string): Promise<TaskRow[]> {
  return db.selectFrom('tasks').selectAll().where('case_id', '=', caseId).orderBy('activation').orderBy('created_at').orderBy('id').execute();
}

/** The departments that hold or held a task on a case: they reach it (core/cases/access.ts). */
export async function caseWorkingDepartments(db: Db, caseId: string): Promise<string[]> {
  const rows = await db.selectFrom('tasks').select('department_id').distinct().where('case_id', '=', caseId).execute();
  return rows.map((r) => r.department_id);
}

/** The case id of a task, as a subquery: a case can be found (and locked) through its task in one statement. */
export function caseIdOfTask(db: Db, taskId: string) {
  return db.selectFrom('tasks').select('tasks.case_id').where('tasks.id', '=', taskId);
}

/** One task row. */
export function findTaskRow(db: Db, id: string): Promise<TaskRow | undefined> {
  return db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Someone whose work a list should show: their own tasks and their pool (department, roles). */
export interface Holder {
  readonly userId: string;
  readonly departmentId: string | null;
  readonly roles: readonly string[];
}

/** Filters of the task list. */
export type TaskScope =
  | { readonly kind: 'holders'; readonly holders: readonly Holder[] }
  | { readonly kind: 'reach'; readonly reach: CaseReach };

/**
 * A task row with the case fields a list shows; `paused_on` is the pause date of the case's open suspension
 * (null when the case is not suspended).
 */
export type TaskListRow = TaskRow & { case_no: string; item_name: string; item_version_id: string; case_status: string; paused_on: string | null };

/** Tasks of the given statuses held by any of the holders (assigned, or open in their pool), or of cases in a reach. */
export async function listTasks(db: Db, scope: TaskScope, statuses: readonly TaskStatus[], limit = 200): Promise<TaskListRow[]> {
  // A case has at most one open suspension (it can only be suspended from in_progress), so the join adds no rows.
  let query = db.selectFrom('tasks').innerJoin('cases', 'cases.id', 'tasks.case_id')
    .leftJoin('case_suspensions as open_suspension', (join) => join.onRef('open_suspension.case_id', '=', 'tasks.case_id').on('open_suspension.resumed_at', 'is', null))
    .selectAll('tasks').select(['cases.case_no', 'cases.item_name', 'cases.item_version_id', 'cases.status as case_status', 'open_suspension.paused_on']);
  if (statuses.length > 0) query = query.where('tasks.status', 'in', [...statuses]);
  if (scope.kind === 'holders') {
    if (scope.holders.length === 0) return [];
    query = query.where((eb) => eb.or(scope.holders.flatMap((h) => {
      const own = eb('tasks.assignee_id', '=', h.userId);
      if (!h.departmentId || h.roles.length === 0) return [own];
      return [own, eb.and([eb('tasks.assignee_id', 'is', null), eb('tasks.department_id', '=', h.departmentId), eb('tasks.role', 'in', [...h.roles])])];
    })));
  } else {
    const reach = scope.reach;
    if (reach.kind === 'none') return [];
    if (reach.kind === 'applicant') query = query.where('cases.applicant_id', '=', reach.applicantId);
    if (reach.kind === 'region') query = query.where('cases.region_code', 'like', `${reach.regionPrefix}%`);
    if (reach.kind === 'department') {
      query = query.where((eb) => eb.or([
        eb('cases.department_id', 'in', eb.selectFrom('departments').select('departments.id').where('departments.path', 'like', `${reach.departmentPath}%`)),
        eb('tasks.case_id', 'in', eb.selectFrom('tasks as worked').select('worked.case_id').where('worked.department_id', '=', reach.departmentId)),
      ]));
    }
  }
  return query.orderBy('tasks.due_at').orderBy('tasks.id').limit(limit).execute() as Promise<TaskListRow[]>;
}

/** Cases with an active 缺席默认 task past its step clock: the absent-means-consent check's work. */
export async function casesWithOverdueConsentTasks(db: Db, before: string, limit = 100): Promise<string[]> {
  const rows = await db.selectFrom('tasks').select('case_id').distinct().where('absent_means_consent', '=', 1).where('status', 'in', ['open', 'claimed'])
    .where('due_at', '<', new Date(before).toISOString()).limit(limit).execute();
  return rows.map((r) => r.case_id);
}
