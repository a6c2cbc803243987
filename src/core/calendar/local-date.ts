/**
 * Legal dates (`YYYY-MM-DD`) in Asia/Shanghai, as pure day arithmetic. Nothing here reads the process
 * time zone: a date is turned into a day number (days since 1970-01-01) with the civil-calendar formula.
 */
import { DomainError } from '../errors.js';

declare const localDateBrand: unique symbol;

/** A valid `YYYY-MM-DD` date (years 0001–9999), meant in Asia/Shanghai. Make one with `parseLocalDate`. */
export type LocalDate = string & { readonly [localDateBrand]: true };

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ZERO = 48;

function digit(text: string, at: number): number {
  const d = text.charCodeAt(at) - ZERO;
  return d >= 0 && d <= 9 ? d : NaN;
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil; exact for all Gregorian dates). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day number of a `YYYY-MM-DD` text, or NaN when it is not a real date. Fast: no regex, no Date. */
export function tryDayNumber(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  // NaN fails every comparison below, so one bad digit rejects the text.
  if (!(year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
  return daysFromCivil(year, month, day);
}

/** Whether a value is a valid `YYYY-MM-DD` date. */
export function isLocalDate(value: unknown): value is LocalDate {
  return typeof value === 'string' && !Number.isNaN(tryDayNumber(value));
}

/** Checks a `YYYY-MM-DD` text; throws `calendar.invalid_date` otherwise. */
export function parseLocalDate(value: unknown): LocalDate {
  if (isLocalDate(value)) return value;
  throw new DomainError('calendar.invalid_date', { value: String(value) });
}

/** The day number (days since 1970-01-01) of a date. */
export function dayNumberOf(date: LocalDate): number {
  const n = tryDayNumber(date);
  if (Number.isNaN(n)) throw new DomainError('calendar.invalid_date', { value: String(date) });
  return n;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The date of a day number (H. Hinnant's civil_from_days). */
export function localDateFromDayNumber(dayNumber: number): LocalDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) throw new DomainError('calendar.out_of_range', { value: dayNumber });
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}` as LocalDate;
}

/** The ISO weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): IsoWeekday {
  return ((((dayNumber + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

/** The ISO weekday of a date. */
export function weekdayOf(date: LocalDate): IsoWeekday {
  return weekdayOfDayNumber(dayNumberOf(date));
}

/** The year of a date. */
export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

/** The date `days` calendar days after (or before, when negative) a date. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return localDateFromDayNumber(dayNumberOf(date) + days);
}
