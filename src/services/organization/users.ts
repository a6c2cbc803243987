import { reachIncludes, reachOf } from '../../core/accounts/actor.js';
import { isAcceptablePassword } from '../../core/accounts/password-policy.js';
import type { StaffRole } from '../../core/accounts/roles.js';
import { DomainError, invalidFields, type FieldError } from '../../core/errors.js';
import type { Absence, User } from '../../core/organization/types.js';
import { findDepartment } from '../../store/repositories/department-repository.js';
import {
  findUser, insertUser, listStaffUsers, updateUser as saveUser, usernameTaken,
} from '../../store/repositories/user-repository.js';
import type { UserUpdate } from '../../store/schema.js';
import { requireRole, requireWithin } from '../access/authorize.js';
import { hashPassword } from '../accounts/password-hash.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';

async function requireDepartmentInReach(ctx: Ctx, trx: Trx, departmentId: string, field = 'departmentId'): Promise<void> {
  requireRole(ctx.actor, 'admin');
  const department = await findDepartment(trx, departmentId);
  if (!department) throw invalidFields([{ field, code: 'not_found' }]);
  requireWithin(reachIncludes(reachOf(ctx.actor, ['admin']), department));
}

/** Staff users the admin reaches, filtered and paged. */
export async function listUsers(ctx: Ctx, filter: { departmentId?: string | undefined; q?: string | undefined; limit?: number | undefined; offset?: number | undefined }) {
  requireRole(ctx.actor, 'admin');
  return listStaffUsers(ctx.store.db, reachOf(ctx.actor, ['admin']), { ...filter, limit: filter.limit ?? 50, offset: filter.offset ?? 0 });
}

/** Creates a staff user in a department the admin reaches. */
export async function createUser(
  ctx: Ctx, input: { username: string; password: string; name: string; departmentId: string; roles: StaffRole[] },
): Promise<User> {
  requireRole(ctx.actor, 'admin');
  if (!isAcceptablePassword(input.password)) throw invalidFields([{ field: 'password', code: 'password_weak' }]);
  const id = ctx.newId();
  const passwordHash = await hashPassword(input.password);
  const now = nowIso(ctx);
  return inTransaction(ctx, async (trx) => {
    await requireDepartmentInReach(ctx, trx, input.departmentId);
    if (await usernameTaken(trx, input.username)) throw new DomainError('account.username_taken', {}, [{ field: 'username', code: 'username_taken' }]);
    const roles = [...new Set(input.roles)];
    await insertUser(trx, {
      id, username: input.username, password_hash: passwordHash, name: input.name, kind: 'staff',
      department_id: input.departmentId, roles: JSON.stringify(roles), active: 1, backup_user_id: null,
      absence_from: null, absence_to: null, failed_logins: 0, locked_until: null, created_at: now, updated_at: now,
    });
    const user: User = {
      id, username: input.username, name: input.name, kind: 'staff', departmentId: input.departmentId, roles,
      active: true, backupUserId: null, absence: null,
    };
    await recordAudit(trx, ctx, { entity: 'user', entityId: id, action: 'create', after: user });
    return user;
  });
}

export interface UserChanges {
  readonly name?: string | undefined;
  readonly roles?: StaffRole[] | undefined;
  readonly departmentId?: string | undefined;
  readonly active?: boolean | undefined;
  readonly backupUserId?: string | null | undefined;
  readonly absence?: Absence | null | undefined;
}

async function checkBackup(trx: Trx, user: User, backupUserId: string, departmentId: string | null): Promise<FieldError | null> {
  if (backupUserId === user.id) return { field: 'backupUserId', code: 'self_reference' };
  const backup = await findUser(trx, backupUserId);
  // AB岗: the backup (B岗) is an active colleague of the same department, so the work stays in scope.
  if (!backup || backup.kind !== 'staff' || !backup.active || backup.departmentId !== departmentId) {
    return { field: 'backupUserId', code: 'invalid' };
  }
  return null;
}

/** Updates a staff user: roles, department, activity, backup user (AB岗) and absence. */
export async function updateUser(ctx: Ctx, id: string, changes: UserChanges): Promise<User> {
  requireRole(ctx.actor, 'admin');
  return inTransaction(ctx, async (trx) => {
    const before = await findUser(trx, id);
    if (!before || before.kind !== 'staff' || !before.departmentId) throw new DomainError('request.not_found');
    await requireDepartmentInReach(ctx, trx, before.departmentId);
    if (changes.departmentId) await requireDepartmentInReach(ctx, trx, changes.departmentId);
    const departmentId = changes.departmentId ?? before.departmentId;
    const fields: FieldError[] = [];
    if (changes.backupUserId) {
      const problem = await checkBackup(trx, before, changes.backupUserId, departmentId);
      if (problem) fields.push(problem);
    }
    if (changes.absence && changes.absence.to < changes.absence.from) fields.push({ field: 'absence.to', code: 'date_order' });
    if (fields.length > 0) throw invalidFields(fields);
    const after: User = {
      ...before,
      name: changes.name ?? before.name,
      roles: changes.roles ? [...new Set(changes.roles)] : before.roles,
      departmentId,
      active: changes.active ?? before.active,
      backupUserId: changes.backupUserId === undefined ? before.backupUserId : changes.backupUserId,
      absence: changes.absence === undefined ? before.absence : changes.absence,
    };
    const update: UserUpdate = {
      name: after.name, roles: JSON.stringify(after.roles), department_id: after.departmentId, active: after.active ? 1 : 0,
      backup_user_id: after.backupUserId, absence_from: after.absence?.from ?? null, absence_to: after.absence?.to ?? null,
      updated_at: nowIso(ctx),
    };
    await saveUser(trx, id, update);
    await recordAudit(trx, ctx, { entity: 'user', entityId: id, action: 'update', before, after });
    return after;
  });
}
