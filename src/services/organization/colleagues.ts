import { STAFF_ROLES } from '../../core/accounts/roles.js';
import { localDateOf } from '../../core/clock/index.js';
import { DomainError } from '../../core/errors.js';
import type { User } from '../../core/organization/types.js';
import { listStaffUsers } from '../../store/repositories/user-repository.js';
import { requireRole } from '../access/authorize.js';
import type { Ctx } from '../context.js';
import { nowIso } from '../context.js';

/** A colleague as the workbench offers one for transfer, delegate and add signer. */
export interface Colleague {
  readonly user: User;
  /** Away today (AB岗): work handed to them goes to their backup's list. */
  readonly absent: boolean;
}

/**
 * The active staff of the caller's own department (not its sub-departments), the caller left out: the people
 * a task may be handed to (DOMAIN.md §6: transfer and delegate stay in the task's department). Any staff
 * member may read this; the admin's user list stays admin-only.
 */
export async function listColleagues(ctx: Ctx): Promise<Colleague[]> {
  requireRole(ctx.actor, ...STAFF_ROLES);
  const actor = ctx.actor;
  if (!actor.departmentId || !actor.departmentPath) throw new DomainError('auth.forbidden');
  const { users } = await listStaffUsers(ctx.store.db, { kind: 'department', path: actor.departmentPath }, { departmentId: actor.departmentId, limit: 500, offset: 0 });
  const today = localDateOf(nowIso(ctx));
  return users.filter((u) => u.active && u.id !== actor.userId)
    .map((user) => ({ user, absent: user.absence !== null && user.absence.from <= today && today <= user.absence.to }));
}
