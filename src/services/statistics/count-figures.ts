/**
 * The §9 counts of every group of a query, put together from the repository's GROUP BY queries: no case is
 * loaded, only groups. Working days to conclude are counted here, once per (acceptance date, conclusion date)
 * pair of a group, with the calendar's O(1) ordinal index (docs/statistics.md, "Working days").
 * Callers without a request (the benchmark, the monthly notice) use `countFigures` directly: (db, calendar, query).
 */
import type { Calendar, LocalDate } from '../../core/calendar/index.js';
import { isRatingLevel, NO_RATINGS, type RatingLevel } from '../../core/ratings/index.js';
import { localDateFromUtcParts, NO_COUNTS, workdaysToConclude, type FigureCounts } from '../../core/statistics/index.js';
import {
  acceptedCounts, concludedCounts, ratingLevelCounts, receivedCounts, urgedCounts, type CountQuery,
} from '../../store/repositories/statistics-repository.js';
import type { Db } from '../context.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Counts = Mutable<Omit<FigureCounts, 'levels'>> & { levels: Record<RatingLevel, number> };

/** A group's key: a department id, region code, item code, channel, user id, local date, or null (unattributed). */
export type GroupKey = string | null;

/** The counts of each group with any activity in the period. */
export async function countFigures(db: Db, calendar: Calendar, query: CountQuery): Promise<Map<GroupKey, FigureCounts>> {
  const [received, accepted, concluded, urged, levels] = await Promise.all([
    receivedCounts(db, query), acceptedCounts(db, query), concludedCounts(db, query),
    urgedCounts(db, query), ratingLevelCounts(db, query),
  ]);
  const groups = new Map<GroupKey, Counts>();
  const of = (key: GroupKey): Counts => {
    let found = groups.get(key);
    if (!found) groups.set(key, (found = { ...NO_COUNTS, levels: { ...NO_RATINGS } }));
    return found;
  };
  for (const { key, ...counts } of received) Object.assign(of(key), counts);
  for (const { key, accepted: n } of accepted) of(key).accepted += n;
  for (const pair of concluded) {
    const group = of(pair.key);
    group.concluded += pair.concluded;
    group.onTime += pair.onTime;
    group.overdue += pair.overdue;
    group.workdays += workdaysToConclude(calendar, {
      acceptedOn: pair.acceptedOn as LocalDate | null, concludedOn: localDateFromUtcParts(pair.utcDate as LocalDate, pair.late),
      cases: pair.concluded, suspended: pair.suspended,
    });
  }
  for (const { key, urged: n } of urged) of(key).urged += n;
  for (const { key, level, count, rectified } of levels) {
    if (isRatingLevel(level)) of(key).levels[level] += count;
    of(key).rectified += rectified;
  }
  return groups;
}
