/**
 * Instants and legal dates in Asia/Shanghai (UTC+8 all year; China has had no daylight saving time
 * since 1991). Pure arithmetic: nothing reads the process time zone or the current time.
 */
import { invalidFields } from '../errors.js';
import { localDateFromDayNumber, type LocalDate } from '../calendar/local-date.js';

/** An ISO 8601 instant with an explicit offset, e.g. `2026-02-27T23:59:59.999+08:00`. */
export type Instant = string;

/** An instant as ISO text (with `Z` or an offset) or as epoch milliseconds. */
export type InstantInput = Instant | number;

/** Asia/Shanghai's offset from UTC. */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
// An offset is required: without one, Date.parse would read the text in the process time zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds of an instant; throws `request.invalid` (field `instant`) on text without an offset. */
export function toEpochMs(instant: InstantInput, field = 'instant'): number {
  const ms = typeof instant === 'number' ? instant : ISO_INSTANT.test(instant) ? Date.parse(instant) : NaN;
  if (!Number.isFinite(ms)) throw invalidFields([{ field, code: 'format' }]);
  return ms;
}

/** The Asia/Shanghai date of an instant: shift by +8 h and take the UTC day. */
export function localDateOf(instant: InstantInput): LocalDate {
  return localDateFromDayNumber(Math.floor((toEpochMs(instant) + SHANGHAI_OFFSET_MS) / DAY_MS));
}

/** An instant written in Asia/Shanghai time with a `+08:00` offset, to the millisecond. */
export function formatInstant(instant: InstantInput): Instant {
  const shifted = new Date(toEpochMs(instant) + SHANGHAI_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 23)}+08:00`;
}

/**
 * The last millisecond of a date in Asia/Shanghai, when a period ending that day runs out.
 * 民法典 第二百零三条: the last day of a period ends at 24:00.
 */
export function endOfDay(date: LocalDate): Instant {
  return `${date}T23:59:59.999+08:00`;
}

/** The first millisecond of a date in Asia/Shanghai. */
export function startOfDay(date: LocalDate): Instant {
  return `${date}T00:00:00.000+08:00`;
}

/** Whether instant `a` is strictly after instant `b` (compares the moments, not the texts). */
export function isAfter(a: InstantInput, b: InstantInput): boolean {
  return toEpochMs(a) > toEpochMs(b);
}
