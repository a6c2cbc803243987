import type { Kysely } from 'kysely';
import type { Department } from '../../core/organization/types.js';
import type { Reach } from '../../core/accounts/actor.js';
import { regionPrefix } from '../../core/organization/region.js';
import type { Database, DepartmentRow } from '../schema.js';

type Db = Kysely<Database>;

/** Row → domain. */
export function departmentFromRow(row: DepartmentRow): Department {
  return {
    id: row.id, name: row.name, regionCode: row.region_code, parentId: row.parent_id, kind: row.kind, path: row.path,
    headUserId: row.head_user_id,
  };
}

/** One department by id. */
export async function findDepartment(db: Db, id: string): Promise<Department | null> {
  const row = await db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? departmentFromRow(row) : null;
}

/** Departments within a reach, optionally only under one region's subtree; tree order (by path). */
export async function listDepartments(db: Db, reach: Reach, regionCode: string | null): Promise<Department[]> {
  let query = db.selectFrom('departments').selectAll().orderBy('region_code').orderBy('path');
  if (reach.kind === 'none') return [];
  if (reach.kind === 'region') query = query.where('region_code', 'like', `${regionPrefix(reach.regionCode)}%`);
  if (reach.kind === 'department') query = query.where('path', 'like', `${reach.path}%`);
  if (regionCode) query = query.where('region_code', 'like', `${regionPrefix(regionCode)}%`);
  return (await query.execute()).map(departmentFromRow);
}

/** Inserts a department. */
export async function insertDepartment(db: Db, department: Department, now: string): Promise<void> {
  await db.insertInto('departments').values({
    id: department.id, name: department.name, region_code: department.regionCode, parent_id: department.parentId,
    kind: department.kind, path: department.path, created_at: now,
  }).execute();
}

/** Updates name, kind and place in the tree; moving a department rewrites its subtree's paths. */
export async function updateDepartment(db: Db, before: Department, after: Department): Promise<void> {
  await db.updateTable('departments')
    .set({ name: after.name, kind: after.kind, parent_id: after.parentId, path: after.path, head_user_id: after.headUserId ?? null })
    .where('id', '=', after.id).execute();
  if (before.path === after.path) return;
  const descendants = await db.selectFrom('departments').select(['id', 'path'])
    .where('path', 'like', `${before.path}%`).where('id', '!=', after.id).execute();
  for (const row of descendants) {
    await db.updateTable('departments').set({ path: after.path + row.path.slice(before.path.length) })
      .where('id', '=', row.id).execute();
  }
}
