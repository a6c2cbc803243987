import type { Kysely } from 'kysely';
import type { CalendarSpec, DayMark } from '../../core/calendar/index.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** The stored overrides as a calendar spec (marks and covered years). */
export async function loadCalendarOverrides(db: Db): Promise<CalendarSpec> {
  const marks = await db.selectFrom('calendar_marks').select(['date', 'kind', 'name']).orderBy('date').execute();
  const years = await db.selectFrom('calendar_years').select('year').orderBy('year').execute();
  return {
    marks: marks.map((m): DayMark => (m.name === null ? { date: m.date, kind: m.kind } : { date: m.date, kind: m.kind, name: m.name })),
    coveredYears: years.map((y) => Number(y.year)),
  };
}

/** The revision that changes with every override, so each process knows when to rebuild. */
export async function calendarRevision(db: Db): Promise<number> {
  const row = await db.selectFrom('calendar_revision').select('revision').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.revision);
}

/** Bumps the revision (call in the transaction that changed the overrides). */
export async function bumpCalendarRevision(db: Db): Promise<void> {
  await db.updateTable('calendar_revision').set((eb) => ({ revision: eb('revision', '+', 1) })).where('id', '=', 1).execute();
}

/** Sets (or replaces) the mark of one day. */
export async function upsertCalendarMark(db: Db, mark: DayMark, userId: string | null, now: string): Promise<void> {
  const values = { date: mark.date, kind: mark.kind, name: mark.name ?? null, updated_by: userId, updated_at: now };
  await db.insertInto('calendar_marks').values(values)
    .onConflict((oc) => oc.column('date').doUpdateSet({ kind: values.kind, name: values.name, updated_by: userId, updated_at: now }))
    .execute();
}

/** Removes the mark of one day (back to the official schedule). */
export async function deleteCalendarMark(db: Db, date: string): Promise<void> {
  await db.deleteFrom('calendar_marks').where('date', '=', date).execute();
}

/** Removes every mark of a year (an import replaces the year). */
export async function deleteCalendarMarksOfYear(db: Db, year: number): Promise<void> {
  await db.deleteFrom('calendar_marks').where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).execute();
}

/** Records a year as covered. */
export async function upsertCalendarYear(db: Db, year: number, source: string, now: string): Promise<void> {
  await db.insertInto('calendar_years').values({ year, source, updated_at: now })
    .onConflict((oc) => oc.column('year').doUpdateSet({ source, updated_at: now })).execute();
}

/** The dates of a year that carry an admin's mark. */
export async function listMarkedDates(db: Db, year: number): Promise<Set<string>> {
  const rows = await db.selectFrom('calendar_marks').select('date')
    .where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).execute();
  return new Set(rows.map((r) => r.date));
}
