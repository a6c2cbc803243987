/**
 * Periods of the rating figures as stored-instant ranges: a month or a span of dates in Asia/Shanghai,
 * as [from, to) in UTC ISO text, so SQL compares stored `rated_at` text directly.
 */
import { addDays, isLocalDate, type LocalDate } from '../calendar/index.js';
import { startOfDay } from '../clock/index.js';

/** A half-open range of instants, UTC ISO text. */
export interface InstantRange {
  readonly from: string;
  readonly to: string;
}

const utc = (instant: string) => new Date(instant).toISOString();

/** Whether text is a month `YYYY-MM`. */
export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** The instants of a month `YYYY-MM` in Asia/Shanghai. */
export function monthRange(month: string): InstantRange {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: utc(startOfDay(`${month}-01` as LocalDate)), to: utc(startOfDay(`${next}-01` as LocalDate)) };
}

/** The instants of the dates `from` to `to`, both included. */
export function dateRange(from: LocalDate, to: LocalDate): InstantRange {
  return { from: utc(startOfDay(from)), to: utc(startOfDay(addDays(to, 1))) };
}

/** Whether both are dates and `from` is not after `to`. */
export function isDateSpan(from: string, to: string): boolean {
  return isLocalDate(from) && isLocalDate(to) && from <= to;
}
