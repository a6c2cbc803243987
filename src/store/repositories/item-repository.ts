import type { Insertable, Kysely } from 'kysely';
import type { ItemContent, ItemVersion } from '../../core/catalog/index.js';
import type { DialectAdapter } from '../dialects/dialect.js';
import type { Database } from '../schema.js';
import type { ItemRow, ItemTable, ItemVersionRow, ItemVersionTable } from './item-tables.js';

type Db = Kysely<Database>;

/** Row → domain: the lists come from their JSON columns, everything else from `details`. */
export function versionFromRow(row: ItemVersionRow): ItemVersion {
  const content = {
    ...(JSON.parse(row.details) as Omit<ItemContent, 'materials' | 'form' | 'steps' | 'fees'>),
    materials: JSON.parse(row.materials) as ItemContent['materials'],
    form: JSON.parse(row.form_fields) as ItemContent['form'],
    steps: JSON.parse(row.steps) as ItemContent['steps'],
    fees: JSON.parse(row.fees) as ItemContent['fees'],
  };
  return {
    id: row.id, code: row.item_code, version: row.version, status: row.status, regionCode: row.region_code,
    catchAll: row.catch_all === 1, content, createdAt: row.created_at, createdBy: row.created_by, updatedAt: row.updated_at,
    publishedAt: row.published_at, retiredAt: row.retired_at, supersededBy: row.superseded_by,
  };
}

/** The columns a version's content fills. */
function contentColumns(content: ItemContent) {
  const { materials, form, steps, fees, ...details } = content;
  return {
    name: content.name, type: content.type, department_id: content.departmentId, statutory_days: content.statutoryDays,
    promised_days: content.promisedDays, visits: content.visits, online_depth: content.onlineDepth,
    search_text: [content.name, content.code, ...content.keywords].join(' ').toLowerCase(),
    materials: JSON.stringify(materials), form_fields: JSON.stringify(form), steps: JSON.stringify(steps), fees: JSON.stringify(fees),
    details: JSON.stringify(details),
  };
}

function versionToRow(v: ItemVersion): Insertable<ItemVersionTable> {
  return {
    id: v.id, item_code: v.code, version: v.version, status: v.status, region_code: v.regionCode, catch_all: v.catchAll ? 1 : 0,
    ...contentColumns(v.content), created_by: v.createdBy, created_at: v.createdAt, updated_at: v.updatedAt,
    published_at: v.publishedAt, retired_at: v.retiredAt, superseded_by: v.supersededBy,
  };
}

/** The item row of a code, locked for the rest of the transaction (one change to an item at a time). */
export async function lockItem(db: Db, dialect: DialectAdapter, code: string): Promise<ItemRow | null> {
  return (await dialect.forUpdate(db.selectFrom('items').selectAll().where('code', '=', code)).executeTakeFirst()) ?? null;
}

/** The item row of a code. */
export async function findItem(db: Db, code: string): Promise<ItemRow | null> {
  return (await db.selectFrom('items').selectAll().where('code', '=', code).executeTakeFirst()) ?? null;
}

/** The code of a department's catch-all item, if it has one. */
export async function findCatchAllCode(db: Db, departmentId: string): Promise<string | null> {
  const row = await db.selectFrom('items').select('code').where('catch_all_department_id', '=', departmentId).executeTakeFirst();
  return row?.code ?? null;
}

/** Inserts an item row. */
export async function insertItem(db: Db, row: Insertable<ItemTable>): Promise<void> {
  await db.insertInto('items').values(row).execute();
}

/** Records the newest version number of an item. */
export async function setLatestVersion(db: Db, code: string, latestVersion: number, now: string): Promise<void> {
  await db.updateTable('items').set({ latest_version: latestVersion, updated_at: now }).where('code', '=', code).execute();
}

/** Inserts a version. */
export async function insertVersion(db: Db, version: ItemVersion): Promise<void> {
  await db.insertInto('item_versions').values(versionToRow(version)).execute();
}

/** Rewrites a draft's content; published and retired versions are never rewritten (DOMAIN.md §3). */
export async function rewriteDraft(db: Db, id: string, content: ItemContent, now: string): Promise<void> {
  await db.updateTable('item_versions').set({ ...contentColumns(content), updated_at: now })
    .where('id', '=', id).where('status', '=', 'draft').execute();
}

/** Moves a version to published or retired. */
export async function setVersionStatus(
  db: Db, id: string, change: { status: 'published' | 'retired'; at: string; supersededBy?: string },
): Promise<void> {
  await db.updateTable('item_versions').set({
    status: change.status, updated_at: change.at,
    ...(change.status === 'published' ? { published_at: change.at } : { retired_at: change.at, superseded_by: change.supersededBy ?? null }),
  }).where('id', '=', id).execute();
}

/** One version by id (cases keep it as itemVersionId). */
export async function findVersionById(db: Db, id: string): Promise<ItemVersion | null> {
  const row = await db.selectFrom('item_versions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? versionFromRow(row) : null;
}

/** One version of an item by its number. */
export async function findVersion(db: Db, code: string, version: number): Promise<ItemVersion | null> {
  const row = await db.selectFrom('item_versions').selectAll().where('item_code', '=', code).where('version', '=', version).executeTakeFirst();
  return row ? versionFromRow(row) : null;
}

/** The published version of an item: the one new cases are filed under. */
export async function findPublishedVersion(db: Db, code: string): Promise<ItemVersion | null> {
  const row = await db.selectFrom('item_versions').selectAll().where('item_code', '=', code).where('status', '=', 'published').executeTakeFirst();
  return row ? versionFromRow(row) : null;
}

/** Every version of an item, oldest first. */
export async function listVersions(db: Db, code: string): Promise<ItemVersion[]> {
  const rows = await db.selectFrom('item_versions').selectAll().where('item_code', '=', code).orderBy('version').execute();
  return rows.map(versionFromRow);
}
