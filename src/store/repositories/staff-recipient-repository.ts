import type { Kysely } from 'kysely';
import type { StaffRole } from '../../core/accounts/roles.js';
import type { SupervisorPost } from '../../core/supervision/index.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

// Roles are a JSON array of names (`["handler","approver"]`): the quoted name matches one role exactly.
const holdsRole = (role: StaffRole) => `%"${role}"%`;

/** Active staff of exactly this department holding the role (a task pool, the department's approvers). */
export async function departmentMembersWithRole(db: Db, departmentId: string, role: StaffRole): Promise<string[]> {
  const rows = await db.selectFrom('users').select('id').where('kind', '=', 'staff').where('active', '=', 1)
    .where('department_id', '=', departmentId).where('roles', 'like', holdsRole(role)).orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** The head named on a department, if that user is still an active staff member. */
export async function activeDepartmentHead(db: Db, departmentId: string): Promise<string | null> {
  const row = await db.selectFrom('departments').innerJoin('users', 'users.id', 'departments.head_user_id')
    .select('users.id').where('departments.id', '=', departmentId).where('users.active', '=', 1).where('users.kind', '=', 'staff')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Active supervisors posted in any of the regions, with their region. */
export async function supervisorPosts(db: Db, regionCodes: readonly string[]): Promise<SupervisorPost[]> {
  if (regionCodes.length === 0) return [];
  const rows = await db.selectFrom('users').innerJoin('departments', 'departments.id', 'users.department_id')
    .select(['users.id as userId', 'departments.region_code as regionCode'])
    .where('users.kind', '=', 'staff').where('users.active', '=', 1).where('users.roles', 'like', holdsRole('supervisor'))
    .where('departments.region_code', 'in', [...regionCodes]).execute();
  return rows;
}
