/**
 * Workday arithmetic in O(1) on the calendar's ordinal index: no walking day by day.
 * 民法典 第二百零一条: the day of the event is not counted; 行政许可法 第八十二条: count workdays only.
 */
import { DomainError, invalidFields } from '../errors.js';
import { indexDates } from './day-index.js';
import { tryDayNumber, type LocalDate } from './local-date.js';
import type { Calendar } from './calendar.js';

/** A date computed from the calendar; `calendarIncomplete` when it crossed a year the calendar does not cover. */
export interface DatedResult {
  readonly date: LocalDate;
  readonly calendarIncomplete: boolean;
}

/** A number of workdays; `calendarIncomplete` when the span touches a year the calendar does not cover. */
export interface CountResult {
  readonly workdays: number;
  readonly calendarIncomplete: boolean;
}

function positionOf(calendar: Calendar, date: LocalDate): number {
  const dayNumber = tryDayNumber(date);
  if (Number.isNaN(dayNumber)) throw new DomainError('calendar.invalid_date', { value: String(date) });
  const at = dayNumber - calendar.index.firstDay;
  if (at < 0 || at >= calendar.index.size) throw new DomainError('calendar.out_of_range', { value: date });
  return at;
}

function checkDays(days: number): void {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw invalidFields([{ field: 'days', code: 'minimum', params: { limit: 0 } }]);
  }
}

function incomplete(calendar: Calendar, first: number, last: number): boolean {
  const u = calendar.index.uncoveredBefore;
  return (u[last + 1] ?? 0) - (u[first] ?? 0) > 0;
}

function dated(calendar: Calendar, from: number, ordinal: number, input: LocalDate): DatedResult {
  const at = calendar.index.workdayAt[ordinal];
  if (ordinal < 0 || at === undefined) throw new DomainError('calendar.out_of_range', { value: input });
  const [first, last] = from <= at ? [from, at] : [at, from];
  return { date: indexDates()[at] as LocalDate, calendarIncomplete: incomplete(calendar, first, last) };
}

/**
 * The end date of a period of `days` workdays from an event on `date` (民法典 第二百零一条): `date` is not
 * counted and the period ends on the `days`-th workday after it; 0 days ends on `date` if it is a
 * workday, else on the next workday.
 */
export function addWorkdays(calendar: Calendar, date: LocalDate, days: number): DatedResult {
  checkDays(days);
  const at = positionOf(calendar, date);
  const before = calendar.index.workdaysBefore;
  const ordinal = days === 0 ? (before[at] ?? 0) : (before[at + 1] ?? 0) + days - 1;
  return dated(calendar, at, ordinal, date);
}

/** The `days`-th workday before `date` (`date` not counted; `days` ≥ 1), e.g. to find when a warning starts. */
export function subtractWorkdays(calendar: Calendar, date: LocalDate, days: number): DatedResult {
  checkDays(days);
  if (days === 0) throw invalidFields([{ field: 'days', code: 'minimum', params: { limit: 1 } }]);
  const at = positionOf(calendar, date);
  return dated(calendar, at, (calendar.index.workdaysBefore[at] ?? 0) - days, date);
}

/** The workdays W with first ≤ W ≤ last (0 when last < first). */
export function countWorkdays(calendar: Calendar, first: LocalDate, last: LocalDate): CountResult {
  const a = positionOf(calendar, first);
  const b = positionOf(calendar, last);
  if (b < a) return { workdays: 0, calendarIncomplete: incomplete(calendar, b, a) };
  const before = calendar.index.workdaysBefore;
  return { workdays: (before[b + 1] ?? 0) - (before[a] ?? 0), calendarIncomplete: incomplete(calendar, a, b) };
}

/**
 * Workdays from `from` to `to`, counted like a period: the workdays W with from < W ≤ to, negated when
 * `to` is before `from`. So `workdaysBetween(d, addWorkdays(d, n).date)` is n for every n ≥ 1.
 */
export function workdaysBetween(calendar: Calendar, from: LocalDate, to: LocalDate): CountResult {
  const a = positionOf(calendar, from);
  const b = positionOf(calendar, to);
  const before = calendar.index.workdaysBefore;
  const count = (before[Math.max(a, b) + 1] ?? 0) - (before[Math.min(a, b) + 1] ?? 0);
  return { workdays: b >= a ? count : -count, calendarIncomplete: incomplete(calendar, Math.min(a, b), Math.max(a, b)) };
}

/**
 * Remaining workdays on `today` before a due date: the workdays W with today ≤ W ≤ due (today counts if
 * it is a workday, so on a due date that is a workday it is 1); 0 once `today` is past `due`.
 */
export function remainingWorkdays(calendar: Calendar, today: LocalDate, due: LocalDate): CountResult {
  return countWorkdays(calendar, today, due);
}

/** The first workday on or after `date` (the end of a 0-workday period). */
export function nextWorkdayOnOrAfter(calendar: Calendar, date: LocalDate): DatedResult {
  return addWorkdays(calendar, date, 0);
}
