/**
 * Day marks: the facts a calendar is built from. The official notices expand into marks, and admin
 * overrides are marks too, so a stored list of overrides plus the covered years rebuilds a calendar.
 */
import { invalidFields, type FieldError } from '../errors.js';
import { addDays, isLocalDate, parseLocalDate, type LocalDate } from './local-date.js';
import { OFFICIAL_NOTICES, type HolidayNotice } from './data/official.js';

/** How a day is counted: an ordinary weekday, a weekend day, a holiday, or a weekend day worked (调休上班). */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted_workday';

/** Every day kind, for schemas (`Type.Union(DAY_KINDS.map(Type.Literal))`). */
export const DAY_KINDS = ['workday', 'weekend', 'holiday', 'adjusted_workday'] as const satisfies readonly DayKind[];

/**
 * One fact about one day. `workday`/`adjusted_workday` make it a working day and `holiday`/`weekend` a
 * day off; the kind reported is then normalized by the weekday (a worked Saturday is `adjusted_workday`,
 * a Tuesday off is `holiday`), so an admin can also restore a day the notices changed.
 */
export interface DayMark {
  readonly date: string;
  readonly kind: DayKind;
  readonly name?: string;
}

/** What a calendar is built from: marks (later ones win) and the years whose marks are complete. */
export interface CalendarSpec {
  readonly marks: readonly DayMark[];
  readonly coveredYears: readonly number[];
}

function noticeMarks(notice: HolidayNotice): DayMark[] {
  const marks: DayMark[] = [];
  for (const holiday of notice.holidays) {
    const last = parseLocalDate(holiday.to);
    for (let day = parseLocalDate(holiday.from); day <= last; day = addDays(day, 1)) {
      marks.push({ date: day, kind: 'holiday', name: holiday.name });
    }
    for (const workday of holiday.workdays) {
      marks.push({ date: parseLocalDate(workday), kind: 'adjusted_workday', name: `${holiday.name}调休上班` });
    }
  }
  return marks;
}

/** The marks and covered years of the State Council notices the calendar ships (2024–2026). */
export function officialCalendarSpec(notices: readonly HolidayNotice[] = OFFICIAL_NOTICES): CalendarSpec {
  return { marks: notices.flatMap(noticeMarks), coveredYears: notices.map((notice) => notice.year) };
}

/** Official marks followed by overrides (which win), and the union of covered years. */
export function mergeCalendarSpecs(base: CalendarSpec, overrides: CalendarSpec): CalendarSpec {
  const years = new Set([...base.coveredYears, ...overrides.coveredYears]);
  return { marks: [...base.marks, ...overrides.marks], coveredYears: [...years].sort((a, b) => a - b) };
}

/** Checks every mark and year of a spec at once; throws `request.invalid` naming each bad field. */
export function validateCalendarSpec(spec: CalendarSpec): void {
  const fields: FieldError[] = [];
  spec.marks.forEach((mark, i) => {
    if (!isLocalDate(mark.date)) fields.push({ field: `marks[${i}].date`, code: 'date_invalid' });
    if (!(DAY_KINDS as readonly string[]).includes(mark.kind)) {
      fields.push({ field: `marks[${i}].kind`, code: 'enum', params: { allowed: DAY_KINDS.join(', ') } });
    }
  });
  spec.coveredYears.forEach((year, i) => {
    if (!Number.isInteger(year) || year < 1 || year > 9999) fields.push({ field: `coveredYears[${i}]`, code: 'invalid' });
  });
  if (fields.length > 0) throw invalidFields(fields);
}

/** The kind a mark gives its day, normalized by whether the day falls on a weekend. */
export function resolveMarkKind(kind: DayKind, onWeekend: boolean): DayKind {
  if (kind === 'workday' || kind === 'adjusted_workday') return onWeekend ? 'adjusted_workday' : 'workday';
  return kind === 'weekend' && onWeekend ? 'weekend' : 'holiday';
}

/** A mark's date, typed. Call after `validateCalendarSpec`. */
export function markDate(mark: DayMark): LocalDate {
  return parseLocalDate(mark.date);
}
