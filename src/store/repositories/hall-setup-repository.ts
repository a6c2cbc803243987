import type { Kysely } from 'kysely';
import { DEFAULT_HALL_RULES, type HallCategory, type HallRules, type HallWindow, type OpeningRange } from '../../core/hall/index.js';
import type { HallCategoryRow, HallWindowRow } from '../hall-tables.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** A hall's settings as stored; a hall without a row is not set up for queueing. */
export interface HallSettings {
  readonly hallId: string;
  readonly hours: readonly OpeningRange[];
  readonly notices: readonly string[];
  readonly rules: HallRules;
}

export async function findHallSettings(db: Db, hallId: string): Promise<HallSettings | null> {
  const row = await db.selectFrom('hall_settings').selectAll().where('hall_id', '=', hallId).executeTakeFirst();
  if (!row) return null;
  return {
    hallId: row.hall_id, hours: JSON.parse(row.hours) as OpeningRange[], notices: JSON.parse(row.notices) as string[],
    rules: { noShowCalls: Number(row.no_show_calls), elderlyAge: Number(row.elderly_age), agingMinutes: Number(row.aging_minutes) },
  };
}

/** Hall ids that are set up, for the public hall list. */
export async function listSetUpHallIds(db: Db): Promise<string[]> {
  return (await db.selectFrom('hall_settings').select('hall_id').execute()).map((r) => r.hall_id);
}

/** Creates or replaces a hall's settings. */
export async function saveHallSettings(db: Db, settings: HallSettings, now: string): Promise<void> {
  const values = {
    hours: JSON.stringify(settings.hours), notices: JSON.stringify(settings.notices), no_show_calls: settings.rules.noShowCalls,
    elderly_age: settings.rules.elderlyAge, aging_minutes: settings.rules.agingMinutes, updated_at: now,
  };
  await db.insertInto('hall_settings').values({ hall_id: settings.hallId, ...values })
    .onConflict((oc) => oc.column('hall_id').doUpdateSet(values)).execute();
}

/** Default settings for a hall that has none yet. */
export function defaultHallSettings(hallId: string): HallSettings {
  return { hallId, hours: [], notices: [], rules: DEFAULT_HALL_RULES };
}

function categoryFromRow(row: HallCategoryRow): HallCategory {
  return {
    id: row.id, hallId: row.hall_id, prefix: row.prefix, name: row.name, itemCodes: JSON.parse(row.item_codes) as string[],
    serviceMinutes: Number(row.service_minutes), sortOrder: Number(row.sort_order), active: Number(row.active) === 1,
  };
}

export async function listCategories(db: Db, hallId: string): Promise<HallCategory[]> {
  const rows = await db.selectFrom('hall_categories').selectAll().where('hall_id', '=', hallId).orderBy('sort_order').orderBy('prefix').execute();
  return rows.map(categoryFromRow);
}

export async function findCategory(db: Db, id: string): Promise<HallCategory | null> {
  const row = await db.selectFrom('hall_categories').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? categoryFromRow(row) : null;
}

/** Inserts or updates a category (the prefix never changes: issued numbers keep their meaning). */
export async function saveCategory(db: Db, category: HallCategory, now: string): Promise<void> {
  const values = {
    name: category.name, item_codes: JSON.stringify(category.itemCodes), service_minutes: category.serviceMinutes,
    sort_order: category.sortOrder, active: category.active ? 1 : 0, updated_at: now,
  };
  await db.insertInto('hall_categories').values({ id: category.id, hall_id: category.hallId, prefix: category.prefix, created_at: now, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
}

function windowFromRow(row: HallWindowRow): HallWindow {
  return {
    windowId: row.window_id, hallId: row.hall_id, number: row.number, categoryIds: JSON.parse(row.category_ids) as string[],
    active: Number(row.active) === 1, currentTicketId: row.current_ticket_id,
  };
}

export async function listWindows(db: Db, hallId: string): Promise<HallWindow[]> {
  const rows = await db.selectFrom('hall_windows').selectAll().where('hall_id', '=', hallId).execute();
  return rows.map(windowFromRow).sort((a, b) => a.number.localeCompare(b.number, 'zh', { numeric: true }));
}

export async function findWindow(db: Db, windowId: string): Promise<HallWindow | null> {
  const row = await db.selectFrom('hall_windows').selectAll().where('window_id', '=', windowId).executeTakeFirst();
  return row ? windowFromRow(row) : null;
}

/** Inserts or updates a window's number, categories and state (not its current ticket). */
export async function saveWindow(db: Db, window: HallWindow, now: string): Promise<void> {
  const values = { number: window.number, category_ids: JSON.stringify(window.categoryIds), active: window.active ? 1 : 0, updated_at: now };
  await db.insertInto('hall_windows').values({ window_id: window.windowId, hall_id: window.hallId, current_ticket_id: null, ...values })
    .onConflict((oc) => oc.column('window_id').doUpdateSet(values)).execute();
}

/**
 * Sets the window's current ticket from `expected` to `next` (compare-and-set); false when the window
 * changed meanwhile, e.g. a double click calling twice.
 */
export async function swapCurrentTicket(db: Db, windowId: string, expected: string | null, next: string | null, now: string): Promise<boolean> {
  const query = db.updateTable('hall_windows').set({ current_ticket_id: next, updated_at: now }).where('window_id', '=', windowId);
  const result = await (expected === null ? query.where('current_ticket_id', 'is', null) : query.where('current_ticket_id', '=', expected)).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
