import { calendarWithOverrides, type Calendar } from '../../core/calendar/index.js';
import { calendarRevision, loadCalendarOverrides } from '../../store/repositories/calendar-repository.js';
import type { Deps } from '../context.js';

interface Cached {
  revision: number;
  calendar: Calendar;
  checkedAt: number;
}

// One cache per database; another process's change is seen within RECHECK_MS (a revision query).
const RECHECK_MS = 2_000;
const caches = new WeakMap<object, Cached>();

/** The calendar in force: the official notices plus this database's admin overrides. */
export async function currentCalendar(deps: Pick<Deps, 'store'>): Promise<Calendar> {
  const key = deps.store.db;
  const cached = caches.get(key);
  const now = performance.now();
  if (cached && now - cached.checkedAt < RECHECK_MS) return cached.calendar;
  const revision = await calendarRevision(deps.store.db);
  if (cached && cached.revision === revision) {
    cached.checkedAt = now;
    return cached.calendar;
  }
  const calendar = calendarWithOverrides(await loadCalendarOverrides(deps.store.db));
  caches.set(key, { revision, calendar, checkedAt: now });
  return calendar;
}

/** Drops this process's cached calendar (after a change it made itself). */
export function forgetCalendar(deps: Pick<Deps, 'store'>): void {
  caches.delete(deps.store.db);
}
