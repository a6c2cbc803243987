import type { Actor } from '../../core/accounts/actor.js';
import { hasRole } from '../../core/accounts/actor.js';
import type { StaffRole } from '../../core/accounts/roles.js';
import { DomainError } from '../../core/errors.js';

/** Asserts someone is signed in (401 otherwise). */
export function requireActor(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new DomainError('auth.required');
}

/** Asserts a signed-in staff member holding one of `roles` (401 / 403). */
export function requireRole(actor: Actor | null, ...roles: StaffRole[]): asserts actor is Actor {
  requireActor(actor);
  if (!hasRole(actor, ...roles)) throw new DomainError('auth.forbidden');
}

/** Asserts the target lies within the actor's reach; `hidden` answers 404 where existence must not leak. */
export function requireWithin(inside: boolean, hidden = false): void {
  if (!inside) throw new DomainError(hidden ? 'request.not_found' : 'auth.forbidden');
}
