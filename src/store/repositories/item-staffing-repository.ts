import type { Kysely } from 'kysely';
import type { Department } from '../../core/organization/types.js';
import type { Database } from '../schema.js';
import { departmentFromRow } from './department-repository.js';

type Db = Kysely<Database>;

/** The key of a department and a role in the set `staffedPairs` returns. */
export const staffKey = (departmentId: string, role: string) => `${departmentId}\u0000${role}`;

/**
 * Which (department, role) pairs have at least one active staff user, among the given departments:
 * what the publish check "every step has someone who can do it" (DOMAIN.md §3) needs, in one query.
 */
export async function staffedPairs(db: Db, departmentIds: readonly string[]): Promise<Set<string>> {
  if (departmentIds.length === 0) return new Set();
  const rows = await db.selectFrom('users').select(['department_id', 'roles'])
    .where('kind', '=', 'staff').where('active', '=', 1).where('department_id', 'in', [...new Set(departmentIds)]).execute();
  const pairs = new Set<string>();
  for (const row of rows) {
    if (row.department_id === null) continue;
    for (const role of JSON.parse(row.roles) as string[]) pairs.add(staffKey(row.department_id, role));
  }
  return pairs;
}

/** The departments among `ids` that exist, by id. */
export async function departmentsById(db: Db, ids: readonly string[]): Promise<Map<string, Department>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('departments').selectAll().where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((row) => [row.id, departmentFromRow(row)]));
}

/** Departments within a region subtree by exact name, for resolving an imported catalog's references. */
export async function departmentsNamed(db: Db, names: readonly string[], regionPrefix: string): Promise<Department[]> {
  if (names.length === 0) return [];
  const rows = await db.selectFrom('departments').selectAll()
    .where('name', 'in', [...new Set(names)]).where('region_code', 'like', `${regionPrefix}%`).execute();
  return rows.map(departmentFromRow);
}
