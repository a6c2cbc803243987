/**
 * Working days to conclude (DOMAIN.md §9), counted like a period (民法典 第二百零一条, 行政许可法 第八十二条):
 * the workdays W with acceptedOn < W ≤ concludedOn, less the case's suspended workdays (行政许可法 第四十五条).
 * A case accepted and concluded the same day (即办件) took 0 working days.
 */
import { workdaysBetween, type Calendar, type LocalDate } from '../calendar/index.js';

/** One group of concluded cases sharing an acceptance date and a conclusion date (as SQL groups them). */
export interface ConcludedPair {
  readonly acceptedOn: LocalDate | null;
  readonly concludedOn: LocalDate;
  readonly cases: number;
  /** Σ of the cases' suspended workdays. */
  readonly suspended: number;
}

/** Σ of the working days to conclude of a group's cases; never below 0 (a case without acceptance date counts 0). */
export function workdaysToConclude(calendar: Calendar, pair: ConcludedPair): number {
  if (pair.acceptedOn === null || pair.concludedOn < pair.acceptedOn) return 0;
  const span = workdaysBetween(calendar, pair.acceptedOn, pair.concludedOn).workdays;
  return Math.max(0, span * pair.cases - pair.suspended);
}
