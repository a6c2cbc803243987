/**
 * The figures over time (the dashboard's volume trend): a span of dates cut into days, ISO weeks or months in
 * Asia/Shanghai. The database groups by local date once; the days are then added into their buckets, and every
 * bucket's rates are made from its summed counts (never an average of daily rates).
 */
import { invalidFields } from '../../core/errors.js';
import {
  addCounts, bucketCount, bucketKey, bucketsOf, figuresOf, localDateFromUtcParts, MAX_BUCKETS, spanRange, type FigureCounts, type Granularity,
} from '../../core/statistics/index.js';
import type { LocalDate } from '../../core/calendar/index.js';
import { LATE_MARK } from '../../store/repositories/statistics-repository.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import type { Ctx } from '../context.js';
import { countFigures } from './count-figures.js';
import { checkSpan, resolveScope, type ScopeInput } from './scope.js';

/** A trend request. */
export interface TrendQuery extends ScopeInput {
  readonly granularity: Granularity;
  readonly from: string;
  readonly to: string;
}

/** `GET /api/v1/statistics/trend`: every figure per bucket of the span, empty buckets included. */
export async function statisticsTrend(ctx: Ctx, query: TrendQuery) {
  const span = checkSpan(query.from, query.to);
  if (bucketCount(span, query.granularity) > MAX_BUCKETS) {
    throw invalidFields([{ field: 'granularity', code: 'too_many_buckets', params: { limit: MAX_BUCKETS } }]);
  }
  const scope = await resolveScope(ctx, query);
  const byDate = await countFigures(ctx.store.db, await currentCalendar(ctx), { range: spanRange(span), scope: scope.filter, dimension: 'date' });
  const inBucket = new Map<string, FigureCounts[]>();
  for (const [key, counts] of byDate) {
    if (key === null) continue;
    const date = localDateFromUtcParts(key.slice(0, 10) as LocalDate, key.endsWith(LATE_MARK));
    const bucket = bucketKey(date, query.granularity);
    inBucket.set(bucket, [...(inBucket.get(bucket) ?? []), counts]);
  }
  const buckets = bucketsOf(span, query.granularity).map((b) => ({
    key: b.key, from: b.from, to: b.to, ...figuresOf(addCounts(inBucket.get(b.key) ?? [])),
  }));
  return { granularity: query.granularity, from: span.from, to: span.to, region: scope.region, department: scope.department, item: scope.item, buckets };
}
