/**
 * Periods of the figures (DOMAIN.md §9 "for a period"): a day, an ISO week (Monday to Sunday), a calendar
 * month, or a custom span of dates, all in Asia/Shanghai (DOMAIN.md §5), as [from, to) ranges of stored UTC
 * instants so SQL compares the stored text directly. Trend buckets cut a span into days, weeks or months.
 */
import { addDays, dayNumberOf, weekdayOf, type LocalDate } from '../calendar/index.js';
import { dateRange, type InstantRange } from '../ratings/period.js';

export type { InstantRange } from '../ratings/period.js';

/** The period kinds a reader picks; `custom` is any span of dates. */
export const PERIOD_KINDS = ['day', 'week', 'month', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** How a trend cuts its span. */
export const GRANULARITIES = ['day', 'week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** Longest custom span a figures query accepts (about ten years); longer spans are a field error. */
export const MAX_SPAN_DAYS = 3660;
/** Most buckets one trend returns (a year and a bit of days, ten years of weeks). */
export const MAX_BUCKETS = 560;

/** Dates of a period, both included. */
export interface DateSpan {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** One bucket of a trend: its key (first day, or `YYYY-MM`), its dates (clipped to the span) and instants. */
export interface Bucket extends DateSpan {
  readonly key: string;
  readonly range: InstantRange;
}

const monthStart = (date: LocalDate) => `${date.slice(0, 7)}-01` as LocalDate;

function monthEnd(date: LocalDate): LocalDate {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return addDays(next as LocalDate, -1);
}

/** The day, ISO week or calendar month that contains `date`. */
export function periodOf(kind: Granularity, date: LocalDate): DateSpan {
  switch (kind) {
    case 'day': return { from: date, to: date };
    case 'week': {
      const monday = addDays(date, 1 - weekdayOf(date));
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'month': return { from: monthStart(date), to: monthEnd(date) };
  }
}

/** The instants of a span of dates: from the start of `from` to the start of the day after `to`. */
export function spanRange(span: DateSpan): InstantRange {
  return dateRange(span.from, span.to);
}

/** Days in a span, both ends included. */
export function spanDays(span: DateSpan): number {
  return dayNumberOf(span.to) - dayNumberOf(span.from) + 1;
}

/** The key of the bucket a date falls in: the date, the week's Monday, or `YYYY-MM`. */
export function bucketKey(date: LocalDate, granularity: Granularity): string {
  return granularity === 'month' ? date.slice(0, 7) : periodOf(granularity, date).from;
}

/** The buckets that cover a span, in order; the first and last are clipped to the span. */
export function bucketsOf(span: DateSpan, granularity: Granularity): Bucket[] {
  const buckets: Bucket[] = [];
  for (let start = span.from; start <= span.to;) {
    const whole = periodOf(granularity, start);
    const to = whole.to < span.to ? whole.to : span.to;
    buckets.push({ key: bucketKey(start, granularity), from: start, to, range: spanRange({ from: start, to }) });
    start = addDays(to, 1);
  }
  return buckets;
}

/** How many buckets a span makes, without building them (to refuse a too-fine trend first). */
export function bucketCount(span: DateSpan, granularity: Granularity): number {
  if (granularity === 'day') return spanDays(span);
  if (granularity === 'week') return (dayNumberOf(periodOf('week', span.to).from) - dayNumberOf(periodOf('week', span.from).from)) / 7 + 1;
  const months = (d: LocalDate) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return months(span.to) - months(span.from) + 1;
}

/**
 * The Asia/Shanghai date of a stored UTC instant, from its UTC date and whether its UTC hour is 16 or later
 * (then it is already the next day at +08:00). SQL groups by these two parts, so no dialect needs date
 * arithmetic; this turns them back into the local date.
 */
export function localDateFromUtcParts(utcDate: LocalDate, lateInUtcDay: boolean): LocalDate {
  return lateInUtcDay ? addDays(utcDate, 1) : utcDate;
}
