import type { Actor } from '../../core/accounts/actor.js';
import type { User } from '../../core/organization/types.js';

/** A staff user as the admin pages list it. */
export function presentUser(user: User) {
  return {
    id: user.id, username: user.username, name: user.name, departmentId: user.departmentId, roles: [...user.roles],
    active: user.active, backupUserId: user.backupUserId, absence: user.absence,
  };
}

/** The signed-in user (login and /auth/me). */
export function presentSessionUser(actor: Pick<Actor, 'userId' | 'username' | 'name' | 'kind' | 'roles' | 'departmentId' | 'regionCode'>) {
  return {
    id: actor.userId, username: actor.username, name: actor.name, kind: actor.kind, roles: [...actor.roles],
    departmentId: actor.departmentId, regionCode: actor.regionCode,
  };
}
