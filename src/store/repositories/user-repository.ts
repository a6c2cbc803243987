import type { Kysely } from 'kysely';
import type { Reach } from '../../core/accounts/actor.js';
import type { StaffRole } from '../../core/accounts/roles.js';
import type { User } from '../../core/organization/types.js';
import { regionPrefix } from '../../core/organization/region.js';
import type { Database, NewUserRow, UserRow, UserUpdate } from '../schema.js';

type Db = Kysely<Database>;

/** Row → domain. */
export function userFromRow(row: UserRow): User {
  return {
    id: row.id, username: row.username, name: row.name, kind: row.kind, departmentId: row.department_id,
    roles: JSON.parse(row.roles) as StaffRole[], active: row.active === 1, backupUserId: row.backup_user_id,
    absence: row.absence_from && row.absence_to ? { from: row.absence_from, to: row.absence_to } : null,
  };
}

/** The full row of a user, password hash included; only the login flow needs that. */
export function findUserRowByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

/** One user by id. */
export async function findUser(db: Db, id: string): Promise<User | null> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? userFromRow(row) : null;
}

/** Whether a username is taken (case-insensitively, so `Admin` cannot shadow `admin`). */
export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('id')
    .where((eb) => eb(eb.fn('lower', ['username']), '=', username.toLowerCase())).executeTakeFirst();
  return row !== undefined;
}

export interface UserFilter {
  readonly departmentId?: string | undefined;
  readonly q?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** Staff users within a reach, filtered; with the total before paging. */
export async function listStaffUsers(db: Db, reach: Reach, filter: UserFilter): Promise<{ users: User[]; total: number }> {
  if (reach.kind === 'none') return { users: [], total: 0 };
  let query = db.selectFrom('users').innerJoin('departments', 'departments.id', 'users.department_id')
    .where('users.kind', '=', 'staff');
  if (reach.kind === 'region') query = query.where('departments.region_code', 'like', `${regionPrefix(reach.regionCode)}%`);
  if (reach.kind === 'department') query = query.where('departments.path', 'like', `${reach.path}%`);
  if (filter.departmentId) query = query.where('users.department_id', '=', filter.departmentId);
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, '')}%`;
    query = query.where((eb) => eb.or([eb('users.username', 'like', like), eb('users.name', 'like', like)]));
  }
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query.selectAll('users').orderBy('users.username').limit(filter.limit).offset(filter.offset).execute();
  return { users: rows.map(userFromRow), total: Number(total) };
}

/** Inserts a user row. */
export async function insertUser(db: Db, row: NewUserRow): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

/** Updates columns of a user. */
export async function updateUser(db: Db, id: string, changes: UserUpdate): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}
