/**
 * The ordinal index behind O(1) workday arithmetic: one kind code per day from 2000-01-01 to 2100-12-31,
 * a prefix count of workdays (and of days in years the calendar does not cover), and the position of
 * every workday. About 37 000 days; built once per calendar in well under a millisecond per year.
 */
import { daysFromCivil, isLeapYear, localDateFromDayNumber, weekdayOfDayNumber, type LocalDate } from './local-date.js';
import type { DayKind } from './day-marks.js';

/** First year the index counts; earlier dates raise `calendar.out_of_range` in workday arithmetic. */
export const INDEX_FIRST_YEAR = 2000;
/** Last year the index counts; later dates raise `calendar.out_of_range` in workday arithmetic. */
export const INDEX_LAST_YEAR = 2100;

const FIRST_DAY = daysFromCivil(INDEX_FIRST_YEAR, 1, 1);
const SIZE = daysFromCivil(INDEX_LAST_YEAR, 12, 31) - FIRST_DAY + 1;

/** Kind codes, ordered so that `code < 2` means a working day. */
export const KIND_CODES: readonly DayKind[] = ['workday', 'adjusted_workday', 'weekend', 'holiday'];
const CODE: Readonly<Record<DayKind, number>> = { workday: 0, adjusted_workday: 1, weekend: 2, holiday: 3 };

/** The precomputed tables; position i is day number `firstDay + i`. */
export interface DayIndex {
  readonly firstDay: number;
  readonly size: number;
  /** Kind code of each day (see KIND_CODES). */
  readonly kinds: Uint8Array;
  /** workdaysBefore[i] = number of workdays at positions < i (length size + 1). */
  readonly workdaysBefore: Int32Array;
  /** workdayAt[k] = position of the (k+1)-th workday of the range. */
  readonly workdayAt: Int32Array;
  /** uncoveredBefore[i] = number of days at positions < i in years the calendar does not cover. */
  readonly uncoveredBefore: Int32Array;
}

let dateTable: LocalDate[] | undefined;

/** The `YYYY-MM-DD` text of every indexed position, shared by all calendars. */
export function indexDates(): readonly LocalDate[] {
  dateTable ??= Array.from({ length: SIZE }, (_, i) => localDateFromDayNumber(FIRST_DAY + i));
  return dateTable;
}

/** Builds the index from the marked kinds (by day number) and the covered years. */
export function buildDayIndex(marked: ReadonlyMap<number, DayKind>, coveredYears: ReadonlySet<number>): DayIndex {
  const kinds = new Uint8Array(SIZE);
  const workdaysBefore = new Int32Array(SIZE + 1);
  const uncoveredBefore = new Int32Array(SIZE + 1);
  const workdayPositions = new Int32Array(SIZE);
  let workdays = 0;
  let uncovered = 0;
  let i = 0;
  for (let year = INDEX_FIRST_YEAR; year <= INDEX_LAST_YEAR; year++) {
    const covered = coveredYears.has(year);
    const length = isLeapYear(year) ? 366 : 365;
    for (let d = 0; d < length; d++, i++) {
      const dayNumber = FIRST_DAY + i;
      const mark = marked.get(dayNumber);
      const code = mark === undefined ? (weekdayOfDayNumber(dayNumber) >= 6 ? 2 : 0) : CODE[mark];
      kinds[i] = code;
      workdaysBefore[i] = workdays;
      uncoveredBefore[i] = uncovered;
      if (code < 2) workdayPositions[workdays++] = i;
      if (!covered) uncovered++;
    }
  }
  workdaysBefore[SIZE] = workdays;
  uncoveredBefore[SIZE] = uncovered;
  return { firstDay: FIRST_DAY, size: SIZE, kinds, workdaysBefore, workdayAt: workdayPositions.slice(0, workdays), uncoveredBefore };
}
