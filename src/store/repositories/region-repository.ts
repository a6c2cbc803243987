import type { Kysely } from 'kysely';
import type { Region } from '../../core/organization/types.js';
import { regionPrefix } from '../../core/organization/region.js';
import type { Database, RegionRow } from '../schema.js';

type Db = Kysely<Database>;

/** Row → domain. */
export function regionFromRow(row: RegionRow): Region {
  return { code: row.code, name: row.name, level: row.level, parentCode: row.parent_code };
}

/** One region by code. */
export async function findRegion(db: Db, code: string): Promise<Region | null> {
  const row = await db.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? regionFromRow(row) : null;
}

/** Regions in the subtree of `root` (all when null), ordered by code. */
export async function listRegions(db: Db, root: string | null): Promise<Region[]> {
  let query = db.selectFrom('regions').selectAll().orderBy('code');
  if (root) query = query.where('code', 'like', `${regionPrefix(root)}%`);
  return (await query.execute()).map(regionFromRow);
}

/** Inserts a region. */
export async function insertRegion(db: Db, region: Region, now: string): Promise<void> {
  await db.insertInto('regions').values({
    code: region.code, name: region.name, level: region.level, parent_code: region.parentCode, created_at: now,
  }).execute();
}

/** Renames a region. */
export async function renameRegion(db: Db, code: string, name: string): Promise<void> {
  await db.updateTable('regions').set({ name }).where('code', '=', code).execute();
}
