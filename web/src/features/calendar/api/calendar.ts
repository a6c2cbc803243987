import type { DayKind } from '@core/calendar/day-marks';
import { api } from '@/lib/api-client';

export type { DayKind };

/** `GET /api/v1/calendar`: covered years, the notices shipped, and the years around today still missing. */
export interface CalendarOverview {
  coveredYears: number[];
  officialYears: number[];
  missingYears: number[];
  notices: { year: number; document: string; title: string }[];
}

/** One day of the year view. */
export interface YearDay {
  date: string;
  kind: DayKind;
  name?: string;
  overridden: boolean;
}

/** `GET /api/v1/calendar/years/:year`. */
export interface YearView {
  year: number;
  covered: boolean;
  days: YearDay[];
}

/** A day as the server describes it after a change. */
export interface DayInfo {
  date: string;
  workday: boolean;
  kind: DayKind;
  name?: string;
  calendarIncomplete: boolean;
}

/** A year's schedule in the notice's shape. */
export interface YearSchedule {
  holidays: { name: string; from: string; to: string; workdays?: string[] }[];
}

/** What an import did. */
export interface ImportResult {
  year: number;
  marks: number;
  skipped: string[];
}

/** Covered and missing years, and the notices shipped. */
export function getOverview(signal?: AbortSignal): Promise<CalendarOverview> {
  return api.get('/api/v1/calendar', { signal });
}

/** Every day of a year with its kind. */
export function getYear(year: number, signal?: AbortSignal): Promise<YearView> {
  return api.get(`/api/v1/calendar/years/${year}`, { signal });
}

/** Marks a day (admin). */
export function markDay(date: string, input: { kind: DayKind; name?: string }): Promise<DayInfo> {
  return api.put(`/api/v1/calendar/days/${date}`, input);
}

/** Removes an admin's mark (admin). */
export function clearDay(date: string): Promise<DayInfo> {
  return api.delete(`/api/v1/calendar/days/${date}`);
}

/** Imports a year from JSON (the notice's shape) or an iCalendar feed; replaces that year's marks (admin). */
export function importYear(year: number, input: { format: 'json'; schedule: YearSchedule } | { format: 'ics'; ics: string }): Promise<ImportResult> {
  return api.post(`/api/v1/calendar/years/${year}/import`, input);
}

/** The platform's time (a simulated clock may have moved it), for "today" and the default year. */
export async function getPlatformNow(signal?: AbortSignal): Promise<string> {
  return (await api.get<{ now: string }>('/api/v1/system/clock', { signal })).now;
}
