/**
 * Who may read supervision and who answers it. Supervisors watch their region (DOMAIN.md §1); admins and
 * analysts (领导 / 分析) read the same figures. The one answering an overdue record or an urge is the
 * handler named on it, or a member of its department (the department's own work, whoever holds it now).
 */
import type { Actor } from '../accounts/actor.js';
import type { StaffRole } from '../accounts/roles.js';
import { regionPrefix } from '../organization/region.js';
import { departmentIdsOnPath } from './recipients.js';

/** Roles that read warnings, the board, overdue records and reports, each over its region. */
export const SUPERVISION_READERS: readonly StaffRole[] = ['supervisor', 'admin', 'analyst'];

/** Only supervisors urge (API.md). */
export const URGING_ROLES: readonly StaffRole[] = ['supervisor'];

/** Roles that do a department's work and so answer for it. */
export const ANSWERING_ROLES: readonly StaffRole[] = ['clerk', 'handler', 'approver'];

/** Whether the actor answers for something addressed to `handlerId` in `departmentId`. */
export function answersFor(actor: Actor, target: { handlerId: string | null; departmentId: string }): boolean {
  if (actor.kind !== 'staff') return false;
  if (target.handlerId === actor.userId) return true;
  const member = actor.departmentPath !== null && departmentIdsOnPath(actor.departmentPath).includes(target.departmentId);
  return member && actor.roles.some((role) => ANSWERING_ROLES.includes(role));
}

/**
 * Whose overdue records and urges a list shows: a reader's region, or a staff member's own — those naming
 * them, and, for those doing the department's work, those of their department's line (ancestors, whose work
 * they share, and divisions below).
 */
export type SupervisionScope =
  | { readonly kind: 'region'; readonly regionPrefix: string }
  | { readonly kind: 'staff'; readonly userId: string; readonly departmentIds: readonly string[]; readonly departmentPath: string | null }
  | { readonly kind: 'none' };

/** The scope of an actor's lists; `mine` asks for the staff scope even of a reader. */
export function supervisionScope(actor: Actor, mine = false): SupervisionScope {
  if (actor.kind !== 'staff') return { kind: 'none' };
  if (!mine && actor.regionCode !== null && actor.roles.some((role) => SUPERVISION_READERS.includes(role))) {
    return { kind: 'region', regionPrefix: regionPrefix(actor.regionCode) };
  }
  // Only those who do the department's work answer for it; anyone else sees what names them.
  const working = actor.departmentPath !== null && actor.roles.some((role) => ANSWERING_ROLES.includes(role));
  return working
    ? { kind: 'staff', userId: actor.userId, departmentIds: departmentIdsOnPath(actor.departmentPath!), departmentPath: actor.departmentPath }
    : { kind: 'staff', userId: actor.userId, departmentIds: [], departmentPath: null };
}
