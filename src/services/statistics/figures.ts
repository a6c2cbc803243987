/**
 * The figures table (DOMAIN.md §9) of a period and scope, grouped by department, item, channel, staff member or
 * region, with the scope's total. The staff total is its own query: a staff member is credited only with what
 * they did, so the staff rows need not add up to it (online receipts, deemed acceptances belong to nobody);
 * the other groupings partition the cases, and their rows add up to the total.
 */
import type { Calendar } from '../../core/calendar/index.js';
import { addCounts, CASE_CHANNELS, figuresOf, spanRange, type DateSpan, type Figures, type GroupBy } from '../../core/statistics/index.js';
import { groupNames, type StatisticsScope } from '../../store/repositories/statistics-repository.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import type { Ctx, Db } from '../context.js';
import { countFigures, type GroupKey } from './count-figures.js';
import { checkSpan, resolveScope, type ScopeInput } from './scope.js';

/** One row of the table: the group and its figures; `key` null is the unattributed row. */
export type FigureRow = Figures & { readonly key: GroupKey; readonly name: string | null };

/** The figures of a request. */
export interface FiguresQuery extends ScopeInput {
  readonly from: string;
  readonly to: string;
  readonly groupBy?: GroupBy | undefined;
}

async function namesOf(db: Db, groupBy: GroupBy, keys: readonly string[]): Promise<Map<string, string>> {
  if (groupBy === 'channel') return new Map(keys.map((key) => [key, CASE_CHANNELS[key as keyof typeof CASE_CHANNELS]?.zh ?? key]));
  return groupNames(db, groupBy, keys);
}

/** Groupings in which every case, and so its urges and ratings, falls in exactly one group: no second pass for the total. */
const PARTITIONS: ReadonlySet<GroupBy> = new Set(['department', 'item', 'channel', 'region']);

/** The rows of one grouping, named, busiest first (then by name), and the scope's total; no authorization. */
export async function figureRows(db: Db, calendar: Calendar, span: DateSpan, scope: StatisticsScope, groupBy: GroupBy) {
  const range = spanRange(span);
  const [groups, whole] = await Promise.all([
    countFigures(db, calendar, { range, scope, dimension: groupBy }),
    PARTITIONS.has(groupBy) ? null : countFigures(db, calendar, { range, scope, dimension: 'all' }),
  ]);
  const names = await namesOf(db, groupBy, [...groups.keys()].filter((key): key is string => key !== null));
  const rows: FigureRow[] = [...groups].map(([key, counts]) => ({ key, name: key === null ? null : names.get(key) ?? key, ...figuresOf(counts) }))
    .sort((a, b) => b.received + b.concluded - (a.received + a.concluded) || (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'zh'));
  return { rows, total: figuresOf(addCounts([...(whole ?? groups).values()])) };
}

/** `GET /api/v1/statistics/figures`: a reader's figures of a span of dates, grouped (by department by default). */
export async function statisticsFigures(ctx: Ctx, query: FiguresQuery) {
  const span = checkSpan(query.from, query.to);
  const scope = await resolveScope(ctx, query);
  const groupBy = query.groupBy ?? 'department';
  const { rows, total } = await figureRows(ctx.store.db, await currentCalendar(ctx), span, scope.filter, groupBy);
  return { from: span.from, to: span.to, groupBy, region: scope.region, department: scope.department, item: scope.item, rows, total };
}
