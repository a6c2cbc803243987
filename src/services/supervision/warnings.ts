/**
 * Warnings for supervision (DOMAIN.md §5, §7): every red or yellow case and task of the reader's region,
 * each list one indexed query on the stored instants (never a case-by-case computation), and the board
 * that counts them by department and by item.
 */
import { parseLocalDate, remainingWorkdays } from '../../core/calendar/index.js';
import type { CaseStatus } from '../../core/cases/status.js';
import { localDateOf } from '../../core/clock/index.js';
import { runningClockKind, type AlertLevel, type WarningKind } from '../../core/supervision/index.js';
import {
  boardCounts, warningPage, type BoardCount, type CaseWarningRow, type TaskWarningRow,
} from '../../store/repositories/supervision-repository.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import type { Ctx } from '../context.js';
import { nowIso } from '../context.js';
import { departmentPathFilter } from './filters.js';
import { requireReader } from './reach.js';

/** The filters of the warning lists (API.md `GET /api/v1/supervision/warnings`). */
export interface WarningQuery {
  /** yellow or red; both when absent. */
  readonly level?: AlertLevel | undefined;
  readonly department?: string | undefined;
  readonly item?: string | undefined;
  readonly handler?: string | undefined;
  readonly kind?: WarningKind | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** A case on the list: which clock, when it is due, and the workdays left (0 once overdue). */
export interface CaseWarning {
  readonly row: CaseWarningRow;
  readonly kind: WarningKind;
  readonly dueAt: string;
  readonly remainingWorkdays: number;
}

/** A task on the list, with the workdays left on its step clock. */
export interface TaskWarning {
  readonly row: TaskWarningRow;
  readonly remainingWorkdays: number;
}

/** Red or yellow cases and tasks of the reader's region, narrowed by the filters; each list paged. */
export async function listWarnings(ctx: Ctx, query: WarningQuery) {
  const { regionPrefix } = requireReader(ctx.actor);
  const departmentPath = await departmentPathFilter(ctx.store.db, query.department, regionPrefix);
  const now = nowIso(ctx);
  const filter = {
    level: query.level, now, regionPrefix, departmentPath, itemCode: query.item, handlerId: query.handler, kind: query.kind,
    limit: query.limit ?? 50, offset: query.offset ?? 0,
  };
  const { cases, tasks, totalCases, totalTasks } = await warningPage(ctx.store.db, filter);
  const calendar = await currentCalendar(ctx);
  const today = parseLocalDate(localDateOf(now));
  const left = (dueAt: string) => remainingWorkdays(calendar, today, parseLocalDate(localDateOf(dueAt))).workdays;
  return {
    cases: cases.map((row): CaseWarning => {
      const kind: WarningKind = query.kind === 'statutory' ? 'statutory' : runningClockKind(row.status as CaseStatus) ?? 'decision';
      const dueAt = (kind === 'statutory' ? row.statutory_due_at : row.red_at) ?? now;
      return { row, kind, dueAt, remainingWorkdays: left(dueAt) };
    }),
    tasks: tasks.map((row): TaskWarning => ({ row, remainingWorkdays: left(row.due_at) })),
    totalCases,
    totalTasks,
  };
}

/** One line of the board: a department or an item, its cases' and tasks' counts. */
export interface BoardLine {
  readonly key: string;
  readonly name: string;
  readonly cases: { red: number; yellow: number; statutory: number };
  readonly tasks: { red: number; yellow: number };
}

function merge(cases: readonly BoardCount[], tasks: readonly BoardCount[]): BoardLine[] {
  const lines = new Map<string, BoardLine>();
  const line = (c: BoardCount) => lines.get(c.key)
    ?? lines.set(c.key, { key: c.key, name: c.name, cases: { red: 0, yellow: 0, statutory: 0 }, tasks: { red: 0, yellow: 0 } }).get(c.key)!;
  for (const c of cases) Object.assign(line(c).cases, { red: c.red, yellow: c.yellow, statutory: c.statutory });
  for (const t of tasks) Object.assign(line(t).tasks, { red: t.red, yellow: t.yellow });
  // Most red first, then most yellow: the board leads with the worst.
  const weight = (l: BoardLine) => [l.cases.red + l.tasks.red, l.cases.yellow + l.tasks.yellow] as const;
  return [...lines.values()].sort((a, b) => weight(b)[0] - weight(a)[0] || weight(b)[1] - weight(a)[1] || a.name.localeCompare(b.name, 'zh'));
}

/** The live board of the reader's region: red and yellow counted by department and by item. */
export async function supervisionBoard(ctx: Ctx) {
  const { regionPrefix } = requireReader(ctx.actor);
  const scope = { now: nowIso(ctx), regionPrefix };
  const byDepartment = await boardCounts(ctx.store.db, scope, 'department');
  const byItem = await boardCounts(ctx.store.db, scope, 'item');
  const departments = merge(byDepartment.cases, byDepartment.tasks);
  const sum = (pick: (l: BoardLine) => number) => departments.reduce((n, l) => n + pick(l), 0);
  return {
    asOf: scope.now,
    totals: {
      cases: { red: sum((l) => l.cases.red), yellow: sum((l) => l.cases.yellow), statutory: sum((l) => l.cases.statutory) },
      tasks: { red: sum((l) => l.tasks.red), yellow: sum((l) => l.tasks.yellow) },
    },
    departments,
    items: merge(byItem.cases, byItem.tasks),
  };
}
