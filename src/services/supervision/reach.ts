import type { Actor } from '../../core/accounts/actor.js';
import { DomainError } from '../../core/errors.js';
import { regionPrefix } from '../../core/organization/region.js';
import { answersFor, SUPERVISION_READERS, supervisionScope } from '../../core/supervision/index.js';
import { requireRole } from '../access/authorize.js';

/** Asserts a supervision reader (supervisor, admin, analyst) and returns the region prefix they watch. */
export function requireReader(actor: Actor | null): { actor: Actor; regionPrefix: string } {
  requireRole(actor, ...SUPERVISION_READERS);
  if (actor.regionCode === null) throw new DomainError('auth.forbidden');
  return { actor, regionPrefix: regionPrefix(actor.regionCode) };
}

/**
 * Asserts the actor answers for an urge or an overdue record (its handler, or a member of its department
 * doing its work). A reader who watches its region learns it exists (403); anyone else gets 404.
 */
export function requireAnswerer(actor: Actor, target: { handlerId: string | null; departmentId: string; regionCode: string }): void {
  if (answersFor(actor, target)) return;
  const scope = supervisionScope(actor);
  const seen = scope.kind === 'region' && target.regionCode.startsWith(scope.regionPrefix);
  throw new DomainError(seen ? 'auth.forbidden' : 'request.not_found');
}

