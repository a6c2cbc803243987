import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Reach } from '../../core/accounts/actor.js';
import { ONLINE_FROM_DEPTH, type ItemStatus, type ItemVersion } from '../../core/catalog/index.js';
import { regionPrefix } from '../../core/organization/region.js';
import type { Database } from '../schema.js';
import { versionFromRow } from './item-repository.js';

type Db = Kysely<Database>;

/** A LIKE pattern for a search word; wildcards typed by the user are taken literally by dropping them. */
const likeOf = (q: string) => `%${q.toLowerCase().replace(/[%_\\]/g, '')}%`;

/** What both the public search and the admin list filter on; a department includes its divisions. */
interface ItemFilter {
  readonly q?: string | undefined;
  readonly departmentId?: string | undefined;
  readonly type?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** Public filters over published items (办事指南 search). */
export interface GuideFilter extends ItemFilter {
  readonly regionCode?: string | undefined;
  readonly zeroVisit?: boolean | undefined;
  readonly online?: boolean | undefined;
}

type VersionQuery = SelectQueryBuilder<Database, 'item_versions' | 'departments', object>;

function filterGuides(query: VersionQuery, filter: GuideFilter): VersionQuery {
  let q = query.where('item_versions.status', '=', 'published');
  if (filter.q) {
    const like = likeOf(filter.q);
    q = q.where((eb) => eb.or([eb('item_versions.search_text', 'like', like), eb(eb.fn('lower', ['departments.name']), 'like', like)]));
  }
  // A department filter takes in its divisions: an item of 登记注册处 is an item of 市场监管局 too.
  if (filter.departmentId) q = q.where('departments.path', 'like', `%/${filter.departmentId}/%`);
  if (filter.type) q = q.where('item_versions.type', '=', filter.type);
  if (filter.regionCode) q = q.where('item_versions.region_code', 'like', `${regionPrefix(filter.regionCode)}%`);
  if (filter.zeroVisit) q = q.where('item_versions.visits', '=', 0);
  if (filter.online) q = q.where('item_versions.online_depth', '>=', ONLINE_FROM_DEPTH);
  return q;
}

/** Published items matching the filters, ordered by code, with the total before paging. */
export async function searchPublished(db: Db, filter: GuideFilter): Promise<{ versions: ItemVersion[]; total: number }> {
  const query = filterGuides(db.selectFrom('item_versions').innerJoin('departments', 'departments.id', 'item_versions.department_id'), filter);
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query.selectAll('item_versions').orderBy('item_versions.item_code').limit(filter.limit).offset(filter.offset).execute();
  return { versions: rows.map(versionFromRow), total: Number(total) };
}

/** Admin filters over every item in reach. `status`: draft = a draft is pending; published; retired = nothing published. */
export interface ManagedFilter extends ItemFilter {
  readonly status?: ItemStatus | undefined;
}

/** One line of the admin list: the newest version and, when there is one, the published version. */
export interface ManagedItem {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly departmentId: string;
  readonly departmentName: string;
  readonly catchAll: boolean;
  readonly latestVersion: number;
  readonly latestStatus: ItemStatus;
  readonly publishedVersion: number | null;
  readonly updatedAt: string;
}

/** Items within an admin's reach, filtered and paged, ordered by code. */
export async function listManaged(db: Db, reach: Reach, filter: ManagedFilter): Promise<{ items: ManagedItem[]; total: number }> {
  if (reach.kind === 'none') return { items: [], total: 0 };
  let query = db.selectFrom('items')
    .innerJoin('item_versions as lv', (join) => join.onRef('lv.item_code', '=', 'items.code').onRef('lv.version', '=', 'items.latest_version'))
    .leftJoin('item_versions as pv', (join) => join.onRef('pv.item_code', '=', 'items.code').on('pv.status', '=', 'published'))
    .innerJoin('departments', 'departments.id', 'items.department_id');
  if (reach.kind === 'region') query = query.where('items.region_code', 'like', `${regionPrefix(reach.regionCode)}%`);
  if (reach.kind === 'department') query = query.where('departments.path', 'like', `${reach.path}%`);
  if (filter.q) query = query.where('lv.search_text', 'like', likeOf(filter.q));
  if (filter.departmentId) query = query.where('departments.path', 'like', `%/${filter.departmentId}/%`);
  if (filter.type) query = query.where('lv.type', '=', filter.type);
  if (filter.status === 'draft') query = query.where('lv.status', '=', 'draft');
  if (filter.status === 'published') query = query.where('pv.id', 'is not', null);
  if (filter.status === 'retired') query = query.where('pv.id', 'is', null).where('lv.status', '=', 'retired');
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query.select([
    'items.code', 'lv.name', 'lv.type', 'items.department_id', 'departments.name as department_name', 'items.catch_all_department_id',
    'lv.version as latest_version', 'lv.status as latest_status', 'pv.version as published_version', 'lv.updated_at',
  ]).orderBy('items.code').limit(filter.limit).offset(filter.offset).execute();
  return {
    total: Number(total),
    items: rows.map((r) => ({
      code: r.code, name: r.name, type: r.type, departmentId: r.department_id, departmentName: r.department_name,
      catchAll: r.catch_all_department_id !== null, latestVersion: r.latest_version, latestStatus: r.latest_status,
      publishedVersion: r.published_version, updatedAt: r.updated_at,
    })),
  };
}

/**
 * The current version of every item in reach, for an export: the published one where there is one,
 * else the newest. Ordered by code.
 */
export async function listCurrentVersions(db: Db, reach: Reach): Promise<ItemVersion[]> {
  if (reach.kind === 'none') return [];
  let query = db.selectFrom('item_versions')
    .innerJoin('items', 'items.code', 'item_versions.item_code')
    .innerJoin('departments', 'departments.id', 'items.department_id')
    .where((eb) => eb.or([eb('item_versions.status', '=', 'published'), eb('item_versions.version', '=', eb.ref('items.latest_version'))]));
  if (reach.kind === 'region') query = query.where('items.region_code', 'like', `${regionPrefix(reach.regionCode)}%`);
  if (reach.kind === 'department') query = query.where('departments.path', 'like', `${reach.path}%`);
  const rows = await query.selectAll('item_versions').orderBy('item_versions.item_code').orderBy('item_versions.version').execute();
  const current = new Map<string, ItemVersion>();
  for (const version of rows.map(versionFromRow)) {
    if (current.get(version.code)?.status !== 'published') current.set(version.code, version);
  }
  return [...current.values()];
}
