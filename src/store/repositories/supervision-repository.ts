import { sql, type Kysely, type SqlBool } from 'kysely';
import {
  ACTIVE_TASK_STATUSES, CLOCKED_STATUSES, RUNNING_CLOCKS, STATUTORY_STATUSES, type AlertLevel, type WarningKind,
} from '../../core/supervision/index.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** Which warnings: a level (both when absent), within a region, optionally narrowed; `now` is UTC ISO text. */
export interface WarningFilter {
  readonly level?: AlertLevel | undefined;
  readonly now: string;
  readonly regionPrefix: string;
  /** The department's `/a/b/` path: its subtree. */
  readonly departmentPath?: string | undefined;
  readonly itemCode?: string | undefined;
  readonly handlerId?: string | undefined;
  readonly kind?: WarningKind | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** One case on a warning list: the running clock's instants, or the statutory limit for kind statutory. */
export interface CaseWarningRow {
  id: string;
  case_no: string;
  item_code: string;
  item_name: string;
  status: string;
  department_id: string;
  department_name: string;
  region_code: string;
  yellow_at: string | null;
  red_at: string | null;
  statutory_due_at: string | null;
  statutory_breach: number;
  warning: AlertLevel;
  total: number;
}

/** One task on a warning list: its step clock. */
export interface TaskWarningRow {
  id: string;
  case_id: string;
  case_no: string;
  item_code: string;
  item_name: string;
  step_key: string;
  status: string;
  department_id: string;
  department_name: string;
  role: string;
  assignee_id: string | null;
  assignee_name: string | null;
  yellow_at: string;
  due_at: string;
  warning: AlertLevel;
  total: number;
}

const activeTasks = [...ACTIVE_TASK_STATUSES];

/** red after the due instant, yellow from the yellow instant until then; both (yellow onwards) when no level is asked. */
function atLevel(level: AlertLevel | undefined, now: string, yellowAt: string, dueAt: string) {
  const yellow = sql.ref(yellowAt);
  const due = sql.ref(dueAt);
  if (level === 'red') return sql<SqlBool>`${due} < ${now}`;
  return level === 'yellow' ? sql<SqlBool>`${yellow} <= ${now} and ${due} >= ${now}` : sql<SqlBool>`${yellow} <= ${now}`;
}

/** The level of a row already known to be yellow or red. */
const levelOf = (dueAt: string, now: string) => sql<AlertLevel>`case when ${sql.ref(dueAt)} < ${now} then 'red' else 'yellow' end`;

/**
 * Cases at a warning level: one range scan on `red_at` (red), `yellow_at` (yellow) or `statutory_due_at`
 * (kind statutory, red only), with the total in the same query (a window count).
 */
export async function listCaseWarnings(db: Db, f: WarningFilter): Promise<CaseWarningRow[]> {
  if (f.kind === 'step' || (f.kind === 'statutory' && f.level === 'yellow')) return [];
  let query = db.selectFrom('cases').innerJoin('departments', 'departments.id', 'cases.department_id')
    .where('cases.region_code', 'like', `${f.regionPrefix}%`);
  const orderColumn = f.kind === 'statutory' ? 'cases.statutory_due_at' : 'cases.red_at';
  if (f.kind === 'statutory') {
    query = query.where('cases.status', 'in', [...STATUTORY_STATUSES]).where('cases.statutory_due_at', '<', f.now);
  } else {
    query = query.where('cases.status', 'in', [...(f.kind ? RUNNING_CLOCKS[f.kind] : CLOCKED_STATUSES)]);
    query = query.where(atLevel(f.level, f.now, 'cases.yellow_at', 'cases.red_at'));
  }
  if (f.departmentPath) query = query.where('departments.path', 'like', `${f.departmentPath}%`);
  if (f.itemCode) query = query.where('cases.item_code', '=', f.itemCode);
  if (f.handlerId) {
    const handlerId = f.handlerId;
    query = query.where((eb) => eb.exists(eb.selectFrom('tasks').select('tasks.id').whereRef('tasks.case_id', '=', 'cases.id')
      .where('tasks.assignee_id', '=', handlerId).where('tasks.status', 'in', activeTasks)));
  }
  const rows = await query.select([
    'cases.id', 'cases.case_no', 'cases.item_code', 'cases.item_name', 'cases.status', 'cases.department_id',
    'departments.name as department_name', 'cases.region_code', 'cases.yellow_at', 'cases.red_at', 'cases.statutory_due_at',
  ]).select((eb) => [
    statutoryBreach(f.now).as('statutory_breach'),
    f.kind === 'statutory' ? sql<AlertLevel>`'red'`.as('warning') : levelOf('cases.red_at', f.now).as('warning'),
    eb.fn.countAll<number>().over().as('total'),
  ]).orderBy(orderColumn).orderBy('cases.id').limit(f.limit).offset(f.offset).execute();
  return rows.map((r) => ({ ...r, statutory_breach: Number(r.statutory_breach), total: Number(r.total) }));
}

/** Active tasks at a warning level: one range scan on `tasks(status, due_at)` or `tasks(status, yellow_at)`. */
export async function listTaskWarnings(db: Db, f: WarningFilter): Promise<TaskWarningRow[]> {
  if (f.kind !== undefined && f.kind !== 'step') return [];
  let query = db.selectFrom('tasks').innerJoin('cases', 'cases.id', 'tasks.case_id')
    .innerJoin('departments', 'departments.id', 'tasks.department_id').leftJoin('users', 'users.id', 'tasks.assignee_id')
    .where('tasks.status', 'in', activeTasks).where('cases.status', '=', 'in_progress').where('cases.region_code', 'like', `${f.regionPrefix}%`);
  query = query.where(atLevel(f.level, f.now, 'tasks.yellow_at', 'tasks.due_at'));
  if (f.departmentPath) query = query.where('departments.path', 'like', `${f.departmentPath}%`);
  if (f.itemCode) query = query.where('cases.item_code', '=', f.itemCode);
  if (f.handlerId) query = query.where('tasks.assignee_id', '=', f.handlerId);
  const rows = await query.select([
    'tasks.id', 'tasks.case_id', 'cases.case_no', 'cases.item_code', 'cases.item_name', 'tasks.step_key', 'tasks.status',
    'tasks.department_id', 'departments.name as department_name', 'tasks.role', 'tasks.assignee_id', 'users.name as assignee_name',
    'tasks.yellow_at', 'tasks.due_at',
  ]).select((eb) => [levelOf('tasks.due_at', f.now).as('warning'), eb.fn.countAll<number>().over().as('total')])
    .orderBy('tasks.due_at').orderBy('tasks.id').limit(f.limit).offset(f.offset).execute();
  return rows.map((r) => ({ ...r, total: Number(r.total) }));
}

/** Red and yellow counts of one group on the board. */
export interface BoardCount {
  key: string;
  name: string;
  red: number;
  yellow: number;
  statutory: number;
}

type BoardScope = { readonly now: string; readonly regionPrefix: string };

/** How many rows of a group have `column` on one side of `now` (`<`: overdue; `>=`: not yet). */
/** 1 when a case is past its statutory limit in a status where that is a breach (a concluded case on its delivery clock is not). */
const statutoryBreach = (now: string) => sql<number>`case when ${sql.ref('cases.statutory_due_at')} < ${now}
  and ${sql.ref('cases.status')} in (${sql.join(STATUTORY_STATUSES)}) then 1 else 0 end`;

const countWhere = (column: string, op: '<' | '>=', now: string) =>
  sql<number>`sum(case when ${sql.ref(column)} ${sql.raw(op)} ${now} then 1 else 0 end)`;

const toCounts = (rows: { key: string; name: string | null; red: unknown; yellow: unknown; statutory?: unknown }[]): BoardCount[] =>
  rows.map((r) => ({ key: r.key, name: r.name ?? '', red: Number(r.red), yellow: Number(r.yellow), statutory: Number(r.statutory ?? 0) }));

/**
 * The board: cases (running clock) and active tasks (step clock) at yellow or red, counted by department
 * and by item. Each count is one grouped range scan on `yellow_at` (yellow_at ≤ red_at, so it covers both).
 */
export async function boardCounts(db: Db, scope: BoardScope, by: 'department' | 'item'): Promise<{ cases: BoardCount[]; tasks: BoardCount[] }> {
  const casesBase = db.selectFrom('cases').innerJoin('departments', 'departments.id', 'cases.department_id')
    .where('cases.region_code', 'like', `${scope.regionPrefix}%`).where('cases.status', 'in', [...CLOCKED_STATUSES])
    .where('cases.yellow_at', '<=', scope.now);
  const tasksBase = db.selectFrom('tasks').innerJoin('cases', 'cases.id', 'tasks.case_id')
    .innerJoin('departments', 'departments.id', 'tasks.department_id')
    .where('tasks.status', 'in', activeTasks).where('cases.status', '=', 'in_progress').where('cases.region_code', 'like', `${scope.regionPrefix}%`)
    .where('tasks.yellow_at', '<=', scope.now);
  const caseCounts = [
    countWhere('cases.red_at', '<', scope.now).as('red'), countWhere('cases.red_at', '>=', scope.now).as('yellow'),
    sql<number>`sum(${statutoryBreach(scope.now)})`.as('statutory'),
  ];
  const taskCounts = [countWhere('tasks.due_at', '<', scope.now).as('red'), countWhere('tasks.due_at', '>=', scope.now).as('yellow')];
  if (by === 'department') {
    const [cases, tasks] = await Promise.all([
      casesBase.select(['cases.department_id as key', 'departments.name as name', ...caseCounts])
        .groupBy(['cases.department_id', 'departments.name']).execute(),
      tasksBase.select(['tasks.department_id as key', 'departments.name as name', ...taskCounts])
        .groupBy(['tasks.department_id', 'departments.name']).execute(),
    ]);
    return { cases: toCounts(cases), tasks: toCounts(tasks) };
  }
  const [cases, tasks] = await Promise.all([
    casesBase.select(['cases.item_code as key', ...caseCounts]).select((eb) => eb.fn.max('cases.item_name').as('name'))
      .groupBy('cases.item_code').execute(),
    tasksBase.select(['cases.item_code as key', ...taskCounts]).select((eb) => eb.fn.max('cases.item_name').as('name'))
      .groupBy('cases.item_code').execute(),
  ]);
  return { cases: toCounts(cases), tasks: toCounts(tasks) };
}
