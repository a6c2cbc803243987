import type { Kysely } from 'kysely';
import type { RatingSettings } from '../../core/ratings/index.js';
import type { RatingRow, RatingTable, RatingTokenTable } from '../rating-tables.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** Inserts a rating; the unique case_id refuses a second one. */
export async function insertRating(db: Db, row: RatingTable): Promise<void> {
  await db.insertInto('ratings').values(row).execute();
}

/** The rating of a case, if any. */
export function findRatingByCase(db: Db, caseId: string): Promise<RatingRow | undefined> {
  return db.selectFrom('ratings').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

/** One rating with its department's path, for reach checks. */
export function findRatingWithPath(db: Db, id: string) {
  return db.selectFrom('ratings').innerJoin('departments', 'departments.id', 'ratings.department_id')
    .selectAll('ratings').select('departments.path as department_path').where('ratings.id', '=', id).executeTakeFirst();
}

/** Appends the one follow-up; false when the rating already has one. */
export async function addFollowUp(db: Db, id: string, text: string, at: string): Promise<boolean> {
  const result = await db.updateTable('ratings').set({ follow_up: text, follow_up_at: at })
    .where('id', '=', id).where('follow_up_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Takes a rating out of every figure (an upheld appeal). */
export async function excludeRating(db: Db, id: string): Promise<void> {
  await db.updateTable('ratings').set({ excluded: 1 }).where('id', '=', id).execute();
}

/** The settings stored for any of the regions, by region code. */
export async function loadRatingSettings(db: Db, regionCodes: readonly string[]): Promise<Map<string, RatingSettings>> {
  if (regionCodes.length === 0) return new Map();
  const rows = await db.selectFrom('rating_settings').selectAll().where('region_code', 'in', [...regionCodes]).execute();
  return new Map(rows.map((r) => [r.region_code, { rectificationDays: Number(r.rectification_days), boardMinRatings: Number(r.board_min_ratings) }]));
}

/** Stores a region's own settings. */
export async function saveRatingSettings(db: Db, regionCode: string, settings: RatingSettings, by: string, at: string): Promise<void> {
  const values = { rectification_days: settings.rectificationDays, board_min_ratings: settings.boardMinRatings, updated_by: by, updated_at: at };
  await db.insertInto('rating_settings').values({ region_code: regionCode, ...values })
    .onConflict((oc) => oc.column('region_code').doUpdateSet(values)).execute();
}

/** Stores a window device's one-time token (its hash). */
export async function insertRatingToken(db: Db, row: RatingTokenTable): Promise<void> {
  await db.insertInto('rating_tokens').values(row).execute();
}

/** Uses a token once: its case and the clerk who opened it, or null when unknown, used or expired. */
export async function consumeRatingToken(db: Db, tokenHash: string, now: string): Promise<{ caseId: string; createdBy: string } | null> {
  const row = await db.updateTable('rating_tokens').set({ used_at: now })
    .where('token_hash', '=', tokenHash).where('used_at', 'is', null).where('expires_at', '>', now)
    .returning(['case_id', 'created_by']).executeTakeFirst();
  return row ? { caseId: row.case_id, createdBy: row.created_by } : null;
}
