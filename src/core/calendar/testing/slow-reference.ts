/**
 * A deliberately naive calendar for tests: it walks day by day with `Date.UTC`, sharing no code with the
 * indexed implementation, so the two can be checked against each other. Never use it outside tests.
 */
import { OFFICIAL_NOTICES } from '../data/official.js';

const DAY_MS = 86_400_000;

/** The `YYYY-MM-DD` text of `date` shifted by `days` calendar days. */
export function refShift(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A day-walking reference calendar. */
export interface ReferenceCalendar {
  isWorkday(date: string): boolean;
  isCovered(date: string): boolean;
  addWorkdays(date: string, days: number): string;
  /** Workdays W with first ≤ W ≤ last. */
  countInclusive(first: string, last: string): number;
}

/** Builds the reference from the official notices, extra off/on days (later win) and covered years. */
export function referenceCalendar(
  extra: ReadonlyArray<{ date: string; working: boolean }> = [],
  coveredYears: readonly number[] = OFFICIAL_NOTICES.map((n) => n.year),
): ReferenceCalendar {
  const working = new Map<string, boolean>();
  for (const notice of OFFICIAL_NOTICES) {
    for (const holiday of notice.holidays) {
      for (let day = holiday.from; day <= holiday.to; day = refShift(day, 1)) working.set(day, false);
      for (const day of holiday.workdays) working.set(day, true);
    }
  }
  for (const mark of extra) working.set(mark.date, mark.working);
  const isWorkday = (date: string): boolean => {
    const marked = working.get(date);
    if (marked !== undefined) return marked;
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  };
  return {
    isWorkday,
    isCovered: (date) => coveredYears.includes(Number(date.slice(0, 4))),
    addWorkdays(date, days) {
      if (days === 0) {
        let day = date;
        while (!isWorkday(day)) day = refShift(day, 1);
        return day;
      }
      let day = date;
      for (let left = days; left > 0; ) {
        day = refShift(day, 1);
        if (isWorkday(day)) left--;
      }
      return day;
    },
    countInclusive(first, last) {
      let count = 0;
      for (let day = first; day <= last; day = refShift(day, 1)) if (isWorkday(day)) count++;
      return count;
    },
  };
}
