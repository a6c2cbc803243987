import { weekdayOf, type DayKind, type IsoWeekday, type LocalDate } from '../calendar/index.js';
import { localDateOf, SHANGHAI_OFFSET_MS } from '../clock/index.js';
import type { FieldError } from '../errors.js';

/** One opening period of a weekday, `HH:MM` to `HH:MM` (Asia/Shanghai), e.g. 09:00–12:00. */
export interface OpeningRange {
  readonly weekday: IsoWeekday;
  readonly open: string;
  readonly close: string;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/** Minutes since midnight of an `HH:MM` time. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** The `HH:MM` of minutes since midnight (clamped to the day). */
export function clockTimeOf(minutes: number): string {
  const m = Math.min(Math.max(0, minutes), 24 * 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Whether a text is an `HH:MM` time (24:00 allowed, as the end of a day). */
export function isClockTime(text: string): boolean {
  return TIME.test(text);
}

/** Every problem of a week's opening hours at once: bad times, an end not after its start, overlaps. */
export function openingHoursProblems(ranges: readonly OpeningRange[], field = 'hours'): FieldError[] {
  const problems: FieldError[] = [];
  ranges.forEach((range, i) => {
    if (!isClockTime(range.open)) problems.push({ field: `${field}[${i}].open`, code: 'format' });
    if (!isClockTime(range.close)) problems.push({ field: `${field}[${i}].close`, code: 'format' });
    else if (isClockTime(range.open) && minutesOf(range.close) <= minutesOf(range.open)) {
      problems.push({ field: `${field}[${i}].close`, code: 'time_order' });
    }
  });
  if (problems.length > 0) return problems;
  ranges.forEach((range, i) => {
    const overlapping = ranges.some((other, j) => j < i && other.weekday === range.weekday
      && minutesOf(other.open) < minutesOf(range.close) && minutesOf(range.open) < minutesOf(other.close));
    if (overlapping) problems.push({ field: `${field}[${i}]`, code: 'hours_overlap' });
  });
  return problems;
}

/**
 * The periods the hall is open on a date. The workday calendar applies (DOMAIN.md §5): closed on a
 * public holiday; on an adjusted workday (调休上班, a weekend made a workday) it keeps Monday's hours;
 * otherwise the weekday's own, so a hall may also open on ordinary weekends (周末不打烊).
 */
export function openingOn(ranges: readonly OpeningRange[], date: LocalDate, kind: DayKind): { open: string; close: string }[] {
  if (kind === 'holiday') return [];
  const weekday: IsoWeekday = kind === 'adjusted_workday' ? 1 : weekdayOf(date);
  return ranges.filter((r) => r.weekday === weekday)
    .sort((a, b) => minutesOf(a.open) - minutesOf(b.open))
    .map((r) => ({ open: r.open, close: r.close }));
}

/** Minutes since midnight, Asia/Shanghai, of an instant. */
export function localMinutesOf(instant: string): number {
  return Math.floor(((Date.parse(instant) + SHANGHAI_OFFSET_MS) % 86_400_000) / 60_000);
}

/** Whether the hall is open at an instant, given the calendar's kind of that instant's date. */
export function isOpenAt(ranges: readonly OpeningRange[], instant: string, kind: DayKind): boolean {
  const minute = localMinutesOf(instant);
  return openingOn(ranges, localDateOf(instant), kind).some((r) => minutesOf(r.open) <= minute && minute < minutesOf(r.close));
}

/** The instant of a local date and `HH:MM` time in Asia/Shanghai. */
export function instantOf(date: LocalDate, time: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000+08:00`) + minutesOf(time) * 60_000).toISOString();
}
