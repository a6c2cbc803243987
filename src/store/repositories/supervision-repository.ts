import { sql, type Kysely, type SqlBool } from 'kysely';
import {
  ACTIVE_TASK_STATUSES, CLOCKED_STATUSES, RUNNING_CLOCKS, STATUTORY_STATUSES, type AlertLevel, type WarningKind,
} from '../../core/supervision/index.js';
import type { Database } from '../schema.js';
import { inRegion } from './region-range.js';

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
}

/** A page of each warning list and how many there are in all. */
export interface WarningPage {
  cases: CaseWarningRow[];
  tasks: TaskWarningRow[];
  totalCases: number;
  totalTasks: number;
}

const activeTasks = [...ACTIVE_TASK_STATUSES];

/**
 * A column's value as an expression that no index matches, to keep SQLite's planner on the index a query is
 * written for: without it SQLite reads a grouping through an index in the group's order (every case of
 * `cases_department_status` for a hundred thousand in warning), or a range through a narrower index with a
 * lookup per row. Unary `+` does this on SQLite alone; `|| ''` gives the same text on both databases.
 */
const unindexed = (column: string) => sql<string>`(${sql.ref(column)} || '')`;

type Instant = ReturnType<typeof unindexed>;

/** red after the due instant, yellow from the yellow instant until then; both (yellow onwards) when no level is asked. */
function atLevel(level: AlertLevel | undefined, now: string, yellow: Instant, due: Instant) {
  if (level === 'red') return sql<SqlBool>`${due} < ${now}`;
  return level === 'yellow' ? sql<SqlBool>`${yellow} <= ${now} and ${due} >= ${now}` : sql<SqlBool>`${yellow} <= ${now}`;
}

/**
 * A list is read either for a page, in the order of the due instant (cases_red_at, tasks_due: the yellow
 * instant is then no way in, or a planner reads every yellow row and sorts them), or for its total, from the
 * counting indexes of migration 0021.
 */
type Purpose = 'page' | 'count';

/** The level of a row already known to be yellow or red. */
const levelOf = (dueAt: string, now: string) => sql<AlertLevel>`case when ${sql.ref(dueAt)} < ${now} then 'red' else 'yellow' end`;

/** The ids of the departments in a `/a/b/` path's subtree, as a condition on a department id column. */
const inDepartmentTree = (column: string, path: string) =>
  sql<SqlBool>`${sql.ref(column)} in (select departments.id from departments where departments.path like ${`${path}%`})`;

/**
 * The cases of a warning list, filtered but not yet selected: the running clock's level (or the statutory
 * limit's breach), the region, the narrowing filters. Null when the filter admits no case.
 */
function caseWarnings(db: Db, f: WarningFilter, purpose: Purpose) {
  if (f.kind === 'step' || (f.kind === 'statutory' && f.level === 'yellow')) return null;
  let query = db.selectFrom('cases').where(inRegion('cases.region_code', f.regionPrefix));
  if (f.kind === 'statutory') {
    query = query.where('cases.status', 'in', [...STATUTORY_STATUSES]).where('cases.statutory_due_at', '<', f.now);
  } else {
    query = query.where('cases.status', 'in', [...(f.kind ? RUNNING_CLOCKS[f.kind] : CLOCKED_STATUSES)]);
    query = query.where(atLevel(f.level, f.now, purpose === 'page' ? unindexed('cases.yellow_at') : sql.ref('cases.yellow_at'), sql.ref('cases.red_at')));
    // Every warning has `yellow ≤ now` (a clock's yellow instant is never after its due instant,
    // core/clock/warning.ts): said for a count, every level is a range of cases_warning.
    if (purpose === 'count') query = query.where('cases.yellow_at', '<=', f.now);
  }
  if (f.departmentPath) query = query.where(inDepartmentTree('cases.department_id', f.departmentPath));
  if (f.itemCode) query = query.where('cases.item_code', '=', f.itemCode);
  if (f.handlerId) {
    const handlerId = f.handlerId;
    query = query.where((eb) => eb.exists(eb.selectFrom('tasks').select('tasks.id').whereRef('tasks.case_id', '=', 'cases.id')
      .where('tasks.assignee_id', '=', handlerId).where('tasks.status', 'in', activeTasks)));
  }
  return query;
}

/**
 * The active tasks of a warning list (step clock of running cases), filtered but not yet selected. Null when
 * none can be. Each task is checked against its case, the tasks read first (a cross join is SQLite's way of
 * fixing the order; PostgreSQL plans it as the inner join it is). A count reads tasks_warning whole, in case
 * order beside cases_running, rather than a range of the clock with a lookup per task.
 */
function taskWarnings(db: Db, f: WarningFilter, purpose: Purpose) {
  if (f.kind !== undefined && f.kind !== 'step') return null;
  let query = db.selectFrom('tasks').crossJoin('cases').whereRef('cases.id', '=', 'tasks.case_id')
    .where('tasks.status', 'in', activeTasks).where('cases.status', '=', 'in_progress').where(inRegion('cases.region_code', f.regionPrefix))
    .where(atLevel(f.level, f.now, unindexed('tasks.yellow_at'), purpose === 'page' ? sql.ref('tasks.due_at') : unindexed('tasks.due_at')));
  if (f.departmentPath) query = query.where(inDepartmentTree('tasks.department_id', f.departmentPath));
  if (f.itemCode) query = query.where('cases.item_code', '=', f.itemCode);
  if (f.handlerId) query = query.where('tasks.assignee_id', '=', f.handlerId);
  return query;
}

/** Cases at a warning level, one page: a range scan on `red_at` (or `statutory_due_at` for kind statutory) in order. */
export async function listCaseWarnings(db: Db, f: WarningFilter): Promise<CaseWarningRow[]> {
  const query = caseWarnings(db, f, 'page');
  if (!query) return [];
  const rows = await query.innerJoin('departments', 'departments.id', 'cases.department_id').select([
    'cases.id', 'cases.case_no', 'cases.item_code', 'cases.item_name', 'cases.status', 'cases.department_id',
    'departments.name as department_name', 'cases.region_code', 'cases.yellow_at', 'cases.red_at', 'cases.statutory_due_at',
  ]).select([
    statutoryBreach(f.now).as('statutory_breach'),
    f.kind === 'statutory' ? sql<AlertLevel>`'red'`.as('warning') : levelOf('cases.red_at', f.now).as('warning'),
  ]).orderBy(f.kind === 'statutory' ? 'cases.statutory_due_at' : 'cases.red_at').orderBy('cases.id').limit(f.limit).offset(f.offset).execute();
  return rows.map((r) => ({ ...r, statutory_breach: Number(r.statutory_breach) }));
}

/** Active tasks at a warning level, one page, in order of their due instant. */
export async function listTaskWarnings(db: Db, f: WarningFilter): Promise<TaskWarningRow[]> {
  const query = taskWarnings(db, f, 'page');
  if (!query) return [];
  return query.innerJoin('departments', 'departments.id', 'tasks.department_id').leftJoin('users', 'users.id', 'tasks.assignee_id').select([
    'tasks.id', 'tasks.case_id', 'cases.case_no', 'cases.item_code', 'cases.item_name', 'tasks.step_key', 'tasks.status',
    'tasks.department_id', 'departments.name as department_name', 'tasks.role', 'tasks.assignee_id', 'users.name as assignee_name',
    'tasks.yellow_at', 'tasks.due_at',
  ]).select(levelOf('tasks.due_at', f.now).as('warning')).orderBy('tasks.due_at').orderBy('tasks.id').limit(f.limit).offset(f.offset).execute();
}

const countAll = sql<number | string>`count(*)`.as('n');
const countCases = async (db: Db, f: WarningFilter) => Number((await caseWarnings(db, f, 'count')?.select(countAll).executeTakeFirstOrThrow())?.n ?? 0);
const countTasks = async (db: Db, f: WarningFilter) => Number((await taskWarnings(db, f, 'count')?.select(countAll).executeTakeFirstOrThrow())?.n ?? 0);

/**
 * The total of a list beside one of its pages: known from the page itself when it ends short of the limit
 * (the last page), counted otherwise. Paging without a window count lets the page stop after `limit` rows.
 */
const totalOf = async (page: readonly unknown[], f: WarningFilter, count: () => Promise<number>) =>
  page.length > 0 && page.length < f.limit ? f.offset + page.length : count();

/** A page of the case and task warning lists with their totals: what `GET /api/v1/supervision/warnings` shows. */
export async function warningPage(db: Db, f: WarningFilter): Promise<WarningPage> {
  const [cases, tasks] = await Promise.all([listCaseWarnings(db, f), listTaskWarnings(db, f)]);
  const [totalCases, totalTasks] = await Promise.all([totalOf(cases, f, () => countCases(db, f)), totalOf(tasks, f, () => countTasks(db, f))]);
  return { cases, tasks, totalCases, totalTasks };
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

/** 1 when a case is past its statutory limit in a status where that is a breach (a concluded case on its delivery clock is not). */
const statutoryBreach = (now: string) => sql<number>`case when ${sql.ref('cases.statutory_due_at')} < ${now}
  and ${sql.ref('cases.status')} in (${sql.join(STATUTORY_STATUSES)}) then 1 else 0 end`;

/** How many rows of a group have `column` on one side of `now` (`<`: overdue; `>=`: not yet). */
const countWhere = (column: string, op: '<' | '>=', now: string) =>
  sql<number>`sum(case when ${sql.ref(column)} ${sql.raw(op)} ${now} then 1 else 0 end)`;

type CountRow = { key: string; name?: string | null; red: unknown; yellow: unknown; statutory?: unknown };

/** A group's name is its row's (items) or looked up by key (departments). */
const toCounts = (rows: readonly CountRow[], names?: ReadonlyMap<string, string>): BoardCount[] => rows.map((r) => ({
  key: r.key, name: r.name ?? names?.get(r.key) ?? '', red: Number(r.red), yellow: Number(r.yellow), statutory: Number(r.statutory ?? 0),
}));

/**
 * The board: cases (running clock) and active tasks (step clock) at yellow or red, counted by department
 * and by item. Each count is one grouped range scan on `yellow_at` (yellow_at ≤ red_at, so it covers both)
 * of the counting indexes (migration 0021), tasks as in `taskWarnings`; groups are named once counted.
 */
export async function boardCounts(db: Db, scope: BoardScope, by: 'department' | 'item'): Promise<{ cases: BoardCount[]; tasks: BoardCount[] }> {
  const casesBase = db.selectFrom('cases')
    .where(inRegion('cases.region_code', scope.regionPrefix)).where('cases.status', 'in', [...CLOCKED_STATUSES])
    .where('cases.yellow_at', '<=', scope.now);
  const tasksBase = db.selectFrom('tasks').crossJoin('cases').whereRef('cases.id', '=', 'tasks.case_id')
    .where('tasks.status', 'in', activeTasks).where('cases.status', '=', 'in_progress').where(inRegion('cases.region_code', scope.regionPrefix))
    .where(sql<SqlBool>`${unindexed('tasks.yellow_at')} <= ${scope.now}`);
  const caseCounts = [
    countWhere('cases.red_at', '<', scope.now).as('red'), countWhere('cases.red_at', '>=', scope.now).as('yellow'),
    sql<number>`sum(${statutoryBreach(scope.now)})`.as('statutory'),
  ];
  const taskCounts = [countWhere('tasks.due_at', '<', scope.now).as('red'), countWhere('tasks.due_at', '>=', scope.now).as('yellow')];
  if (by === 'department') {
    const [cases, tasks] = await Promise.all([
      casesBase.select([unindexed('cases.department_id').as('key'), ...caseCounts]).groupBy(sql`1`).execute(),
      tasksBase.select([unindexed('tasks.department_id').as('key'), ...taskCounts]).groupBy(sql`1`).execute(),
    ]);
    const keys = [...new Set([...cases, ...tasks].map((r) => r.key))];
    const rows = keys.length === 0 ? [] : await db.selectFrom('departments').select(['id', 'name']).where('id', 'in', keys).execute();
    const names = new Map(rows.map((d) => [d.id, d.name]));
    return { cases: toCounts(cases, names), tasks: toCounts(tasks, names) };
  }
  const [cases, tasks] = await Promise.all([
    casesBase.select(['cases.item_code as key', ...caseCounts]).select((eb) => eb.fn.max('cases.item_name').as('name'))
      .groupBy('cases.item_code').execute(),
    tasksBase.select(['cases.item_code as key', ...taskCounts]).select((eb) => eb.fn.max('cases.item_name').as('name'))
      .groupBy('cases.item_code').execute(),
  ]);
  return { cases: toCounts(cases), tasks: toCounts(tasks) };
}
