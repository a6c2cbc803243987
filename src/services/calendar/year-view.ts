import { addDays, describeDay, OFFICIAL_NOTICES, parseLocalDate, yearOf, type DayKind } from '../../core/calendar/index.js';
import { localDateOf } from '../../core/clock/instant.js';
import { listMarkedDates } from '../../store/repositories/calendar-repository.js';
import { requireActor } from '../access/authorize.js';
import type { Ctx } from '../context.js';
import { currentCalendar } from './calendar-source.js';

/** One day as the calendar page shows it. */
export interface YearDay {
  readonly date: string;
  readonly kind: DayKind;
  readonly name?: string;
  readonly overridden: boolean;
}

/** Every day of a year with its kind, and whether an admin's mark decides it. */
export async function yearView(ctx: Ctx, year: number): Promise<{ year: number; covered: boolean; days: YearDay[] }> {
  requireActor(ctx.actor);
  const calendar = await currentCalendar(ctx);
  const marked = await listMarkedDates(ctx.store.db, year);
  const days: YearDay[] = [];
  for (let day = parseLocalDate(`${year}-01-01`); yearOf(day) === year; day = addDays(day, 1)) {
    const info = describeDay(calendar, day);
    days.push({ date: day, kind: info.kind, ...(info.name !== undefined && { name: info.name }), overridden: marked.has(day) });
  }
  return { year, covered: calendar.coveredYears.includes(year), days };
}

/** Covered years, the official ones, the notices shipped, and the years around today still missing. */
export async function calendarOverview(ctx: Ctx) {
  requireActor(ctx.actor);
  const calendar = await currentCalendar(ctx);
  const thisYear = yearOf(parseLocalDate(localDateOf(ctx.clock.now().getTime())));
  return {
    coveredYears: [...calendar.coveredYears],
    officialYears: OFFICIAL_NOTICES.map((n) => n.year),
    missingYears: [thisYear - 1, thisYear, thisYear + 1].filter((y) => !calendar.coveredYears.includes(y)),
    notices: OFFICIAL_NOTICES.map((n) => ({ year: n.year, document: n.document, title: n.title })),
  };
}
