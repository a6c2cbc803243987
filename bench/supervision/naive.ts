/**
 * The naive way the supervision figures are compared with: load the open cases and tasks (or the month's
 * cases, ratings and urges) into the process and compute every warning and figure in JavaScript from the due
 * dates, with the product's own core functions, instead of comparing stored instants and grouping in SQL.
 * Their answers must equal the product's, which checks the stored instants as a side effect.
 */
import { parseLocalDate, type Calendar, type LocalDate } from '../../src/core/calendar/index.js';
import type { Case } from '../../src/core/cases/case.js';
import type { Step } from '../../src/core/catalog/index.js';
import {
  ACCEPTANCE_DAYS, DELIVERY_DAYS, defaultYellowThreshold, deliveryClock, localDateOf, stepClock, warningLevel, yellowThreshold, type WarningLevel,
} from '../../src/core/clock/index.js';
import { isRatingLevel, NO_RATINGS, type InstantRange, type RatingLevel } from '../../src/core/ratings/index.js';
import { figuresOf, NO_COUNTS, workdaysToConclude, type FigureCounts, type Figures } from '../../src/core/statistics/index.js';
import { ACTIVE_TASK_STATUSES, CLOCKED_STATUSES, RUNNING_CLOCKS } from '../../src/core/supervision/index.js';
import type { Db } from '../../src/services/context.js';
import { caseFromRow } from '../../src/store/repositories/case-repository.js';

/** Red and yellow counted per department, cases and tasks. */
export type WarningCounts = Map<string, { red: number; yellow: number; taskRed: number; taskYellow: number }>;

const dateOf = (instant: string): LocalDate => parseLocalDate(localDateOf(instant));
const isIn = (instant: string | null, range: InstantRange) => instant !== null && instant >= range.from && instant < range.to;

/** The level of a case's running clock computed from its due date, as a system without stored instants would. */
function caseLevel(calendar: Calendar, now: string, c: Case): WarningLevel {
  const status = c.status as string;
  if ((RUNNING_CLOCKS.acceptance as readonly string[]).includes(status) && c.acceptanceDueAt) {
    return warningLevel(calendar, now, dateOf(c.acceptanceDueAt), defaultYellowThreshold(ACCEPTANCE_DAYS)).level;
  }
  if ((RUNNING_CLOCKS.decision as readonly string[]).includes(status) && c.dueAt) {
    const threshold = yellowThreshold({ promisedDays: c.promisedDays, extensionDays: c.extensionDays, override: c.yellowThreshold });
    return warningLevel(calendar, now, dateOf(c.dueAt), threshold).level;
  }
  if ((RUNNING_CLOCKS.delivery as readonly string[]).includes(status) && c.result === 'granted' && c.concludedAt) {
    return warningLevel(calendar, now, deliveryClock(calendar, dateOf(c.concludedAt)).dueDate, defaultYellowThreshold(DELIVERY_DAYS)).level;
  }
  return 'none';
}

/** The open cases and active tasks of a region, with the workdays of each task's step. */
export async function loadOpenWork(db: Db, regionPrefix: string) {
  const cases = (await db.selectFrom('cases').selectAll().where('status', 'in', [...CLOCKED_STATUSES])
    .where('region_code', 'like', `${regionPrefix}%`).execute()).map(caseFromRow);
  const tasks = await db.selectFrom('tasks').innerJoin('cases', 'cases.id', 'tasks.case_id')
    .select(['tasks.id', 'tasks.department_id', 'tasks.step_key', 'tasks.step_started_on', 'cases.item_version_id'])
    // A suspended case's step clocks stand still: only running cases' tasks warn.
    .where('tasks.status', 'in', [...ACTIVE_TASK_STATUSES]).where('cases.status', '=', 'in_progress')
    .where('cases.region_code', 'like', `${regionPrefix}%`).execute();
  const versions = await db.selectFrom('item_versions').select(['id', 'steps']).execute();
  const stepDays = new Map(versions.map((v) => [v.id, new Map((JSON.parse(v.steps) as Step[]).map((s) => [s.key, s.workdays]))]));
  return { cases, tasks: tasks.map((t) => ({ ...t, workdays: stepDays.get(t.item_version_id)?.get(t.step_key) ?? 0 })) };
}
type OpenWork = Awaited<ReturnType<typeof loadOpenWork>>;

/** Every case and task with its level, computed one by one. */
function levels(calendar: Calendar, now: string, work: OpenWork) {
  return {
    cases: work.cases.map((c) => ({ c, level: caseLevel(calendar, now, c) })),
    // A step clock runs from the day its step started, for the step's workdays (DOMAIN.md §5, step clocks).
    tasks: work.tasks.map((t) => {
      const due = stepClock(calendar, parseLocalDate(t.step_started_on), t.workdays).dueDate;
      return { t, due, level: warningLevel(calendar, now, due, defaultYellowThreshold(t.workdays)).level };
    }),
  };
}

/** Text in code-unit order, as the databases compare it (localeCompare would skip the hyphens of ids). */
const byText = (a: string | null, b: string | null) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);

/** The first page of a level's list (cases by due instant, then tasks), and the totals. */
export function naiveWarningPage(calendar: Calendar, now: string, work: OpenWork, level: 'red' | 'yellow', limit: number) {
  const all = levels(calendar, now, work);
  const cases = all.cases.filter((x) => x.level === level).sort((a, b) => byText(a.c.redAt, b.c.redAt) || byText(a.c.id, b.c.id));
  const tasks = all.tasks.filter((x) => x.level === level).sort((a, b) => byText(a.due, b.due) || byText(a.t.id, b.t.id));
  return { cases: cases.slice(0, limit).map((x) => x.c.id), tasks: tasks.slice(0, limit).map((x) => x.t.id), totalCases: cases.length, totalTasks: tasks.length };
}

/** Red and yellow per department, cases and tasks. */
export function naiveBoard(calendar: Calendar, now: string, work: OpenWork): WarningCounts {
  const all = levels(calendar, now, work);
  const counts: WarningCounts = new Map();
  const of = (id: string) => counts.get(id) ?? counts.set(id, { red: 0, yellow: 0, taskRed: 0, taskYellow: 0 }).get(id)!;
  for (const { c, level } of all.cases) if (level !== 'none') of(c.departmentId)[level] += 1;
  for (const { t, level } of all.tasks) if (level !== 'none') of(t.department_id)[level === 'red' ? 'taskRed' : 'taskYellow'] += 1;
  return counts;
}

/**
 * The month's figures per department, computed in JavaScript from the rows: every case received, accepted or
 * concluded in the period (with its delivery), the period's urges, ratings and their rectifications.
 */
export async function naiveMonthlyFigures(db: Db, calendar: Calendar, range: InstantRange, regionPrefix: string): Promise<Map<string, Figures>> {
  const rows = await db.selectFrom('cases').leftJoin('deliveries', 'deliveries.case_id', 'cases.id').selectAll('cases').select('deliveries.method')
    .where('cases.region_code', 'like', `${regionPrefix}%`)
    .where((eb) => eb.or((['cases.received_at', 'cases.accepted_at', 'cases.concluded_at'] as const)
      .map((column) => eb.and([eb(column, '>=', range.from), eb(column, '<', range.to)])))).execute();
  const urges = await db.selectFrom('urges').innerJoin('cases', 'cases.id', 'urges.case_id').select(['urges.case_id', 'cases.department_id'])
    .where('urges.created_at', '>=', range.from).where('urges.created_at', '<', range.to).where('cases.region_code', 'like', `${regionPrefix}%`).execute();
  const ratings = await db.selectFrom('ratings').innerJoin('cases', 'cases.id', 'ratings.case_id')
    .leftJoin('rectifications', 'rectifications.rating_id', 'ratings.id')
    .select(['ratings.level', 'cases.department_id', 'rectifications.status'])
    .where('ratings.excluded', '=', 0).where('ratings.rated_at', '>=', range.from).where('ratings.rated_at', '<', range.to)
    .where('cases.region_code', 'like', `${regionPrefix}%`).execute();
  type Counts = { -readonly [K in keyof Omit<FigureCounts, 'levels'>]: FigureCounts[K] } & { levels: Record<RatingLevel, number>; urgedCases: Set<string> };
  const groups = new Map<string, Counts>();
  const of = (id: string) => groups.get(id) ?? groups.set(id, { ...NO_COUNTS, levels: { ...NO_RATINGS }, urgedCases: new Set() }).get(id)!;
  for (const row of rows) {
    const c = caseFromRow(row);
    const g = of(c.departmentId);
    if (isIn(c.receivedAt, range)) {
      g.received += 1;
      if (c.promisedDays === 0) g.instant += 1;
      if (c.channel === 'online') g.online += 1;
      if (c.channel === 'online' && row.method !== 'window') g.zeroVisit += 1;
    }
    if (isIn(c.acceptedAt, range)) g.accepted += 1;
    if (isIn(c.concludedAt, range) && c.concludedAt !== null) {
      g.concluded += 1;
      if (c.dueAt === null || c.concludedAt <= c.dueAt) g.onTime += 1;
      else g.overdue += 1;
      g.workdays += workdaysToConclude(calendar, {
        acceptedOn: c.acceptedOn as LocalDate | null, concludedOn: dateOf(c.concludedAt), cases: 1, suspended: c.suspendedWorkdays,
      });
    }
  }
  for (const u of urges) of(u.department_id).urgedCases.add(u.case_id);
  for (const r of ratings) {
    const g = of(r.department_id);
    const level = Number(r.level);
    if (isRatingLevel(level)) g.levels[level] += 1;
    if (r.status === 'rectified') g.rectified += 1;
  }
  return new Map([...groups].map(([id, g]) => [id, figuresOf({ ...g, urged: g.urgedCases.size })]));
}
