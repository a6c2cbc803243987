/**
 * The working-day calendar (ALL Art. 82: periods count workdays, without legal holidays): official
 * notices plus admin overrides, and the years they cover. Build it once and pass it to the clock.
 */
import {
  markDate,
  mergeCalendarSpecs,
  officialCalendarSpec,
  resolveMarkKind,
  validateCalendarSpec,
  type CalendarSpec,
  type DayKind,
} from './day-marks.js';
import { buildDayIndex, KIND_CODES, type DayIndex } from './day-index.js';
import { dayNumberOf, weekdayOfDayNumber, yearOf, type LocalDate } from './local-date.js';

/** An immutable working-day calendar. Query it with the functions of this folder. */
export interface Calendar {
  /** The years whose holidays are known, ascending; other years count weekends only. */
  readonly coveredYears: readonly number[];
  /** Marked days by day number, with the kind they resolve to and the holiday's name. */
  readonly marks: ReadonlyMap<number, { readonly kind: DayKind; readonly name?: string }>;
  /** The ordinal index for O(1) arithmetic (internal to src/core/calendar). */
  readonly index: DayIndex;
  /** The spec the calendar was built from, for persisting or merging. */
  readonly spec: CalendarSpec;
}

/** What is known about one day (the shape of `GET /api/v1/calendar/days/D`, plus the name). */
export interface DayInfo {
  readonly date: LocalDate;
  readonly kind: DayKind;
  readonly workday: boolean;
  readonly name?: string;
  readonly calendarIncomplete: boolean;
}

/** Builds a calendar from marks (later ones win) and covered years; throws `request.invalid` on bad marks. */
export function buildCalendar(spec: CalendarSpec): Calendar {
  validateCalendarSpec(spec);
  const marks = new Map<number, { kind: DayKind; name?: string }>();
  const kinds = new Map<number, DayKind>();
  for (const mark of spec.marks) {
    const dayNumber = dayNumberOf(markDate(mark));
    const kind = resolveMarkKind(mark.kind, weekdayOfDayNumber(dayNumber) >= 6);
    marks.set(dayNumber, mark.name === undefined ? { kind } : { kind, name: mark.name });
    kinds.set(dayNumber, kind);
  }
  const coveredYears = [...new Set(spec.coveredYears)].sort((a, b) => a - b);
  return { coveredYears, marks, index: buildDayIndex(kinds, new Set(coveredYears)), spec };
}

let official: Calendar | undefined;

/** The calendar of the State Council notices shipped with Tongban (2024–2026), built once. */
export function officialCalendar(): Calendar {
  official ??= buildCalendar(officialCalendarSpec());
  return official;
}

/** The official calendar with admin overrides applied on top (overrides win; covered years are joined). */
export function calendarWithOverrides(overrides: CalendarSpec): Calendar {
  return buildCalendar(mergeCalendarSpecs(officialCalendarSpec(), overrides));
}

/** Whether the calendar knows the holidays of a date's year. */
export function isCoveredDate(calendar: Calendar, date: LocalDate): boolean {
  return calendar.coveredYears.includes(yearOf(date));
}

/** The kind of a day: a mark if there is one, else Saturday and Sunday are weekend days. */
export function dayKind(calendar: Calendar, date: LocalDate): DayKind {
  const dayNumber = dayNumberOf(date);
  const { index } = calendar;
  const at = dayNumber - index.firstDay;
  if (at >= 0 && at < index.size) return KIND_CODES[index.kinds[at] ?? 0] ?? 'workday';
  return calendar.marks.get(dayNumber)?.kind ?? (weekdayOfDayNumber(dayNumber) >= 6 ? 'weekend' : 'workday');
}

/** Whether a day is a working day (an ordinary weekday or an adjusted workday). */
export function isWorkday(calendar: Calendar, date: LocalDate): boolean {
  const { index } = calendar;
  const at = dayNumberOf(date) - index.firstDay;
  if (at >= 0 && at < index.size) return (index.kinds[at] ?? 0) < 2; // kind codes 0 and 1 are working days
  const kind = dayKind(calendar, date);
  return kind === 'workday' || kind === 'adjusted_workday';
}

/** Everything known about one day. */
export function describeDay(calendar: Calendar, date: LocalDate): DayInfo {
  const kind = dayKind(calendar, date);
  const name = calendar.marks.get(dayNumberOf(date))?.name;
  const workday = kind === 'workday' || kind === 'adjusted_workday';
  const info = { date, kind, workday, calendarIncomplete: !isCoveredDate(calendar, date) };
  return name === undefined ? info : { ...info, name };
}
