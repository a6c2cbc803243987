import type { Command } from 'commander';
import { calendarWithOverrides, officialCalendar, type Calendar } from '../core/calendar/index.js';
import { createDatabase, isDatabaseUrl } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
import { loadCalendarOverrides } from '../store/repositories/calendar-repository.js';

/**
 * The calendar for `tongban calendar …`: the official notices, plus a database's admin overrides when
 * `--db URL` is given.
 */
export async function loadCliCalendar(command: Command): Promise<Calendar> {
  const url = (command.opts() as { db?: string }).db;
  if (!url) return officialCalendar();
  if (!isDatabaseUrl(url)) {
    console.error(`Invalid --db "${url}": use sqlite:PATH or postgres://…`);
    process.exit(2);
  }
  const store = createDatabase(url);
  try {
    await migrateToLatest(store);
    return calendarWithOverrides(await loadCalendarOverrides(store.db));
  } finally {
    await store.close();
  }
}
