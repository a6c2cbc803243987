import type { Command } from 'commander';
import { calendarWithOverrides, officialCalendar, type Calendar } from '../core/calendar/index.js';
import { migrateToLatest } from '../store/migrate.js';
import { loadCalendarOverrides } from '../store/repositories/calendar-repository.js';
import { withStore } from './with-store.js';

/**
 * The calendar for `tongban calendar …`: the official notices, plus a database's admin overrides when
 * `--db URL` is given.
 */
export async function loadCliCalendar(command: Command): Promise<Calendar> {
  const url = (command.opts() as { db?: string }).db;
  if (!url) return officialCalendar();
  return withStore(url, async (store) => {
    await migrateToLatest(store);
    return calendarWithOverrides(await loadCalendarOverrides(store.db));
  });
}
