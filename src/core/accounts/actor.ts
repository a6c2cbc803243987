import type { StaffRole } from './roles.js';
import { REGION_WIDE_ROLES } from './roles.js';
import { isWithinRegion } from '../organization/region.js';

/** Who is acting: resolved once per request from the session. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly name: string;
  readonly kind: 'staff' | 'applicant';
  readonly roles: readonly StaffRole[];
  readonly departmentId: string | null;
  /** The department's `/a/b/` path: staff reach their department's subtree. */
  readonly departmentPath: string | null;
  /** The department's region: region-wide roles reach this region's subtree. */
  readonly regionCode: string | null;
}

/** Whether the actor holds any of the roles. */
export function hasRole(actor: Actor, ...roles: StaffRole[]): boolean {
  return actor.kind === 'staff' && roles.some((role) => actor.roles.includes(role));
}

/** Where a staff member's reach stops (DOMAIN.md §10): a region subtree, a department subtree, or nothing. */
export type Reach =
  | { readonly kind: 'region'; readonly regionCode: string }
  | { readonly kind: 'department'; readonly path: string }
  | { readonly kind: 'none' };

/** The reach of an actor with one of `roles`: region-wide roles reach their region, others their department. */
export function reachOf(actor: Actor, roles: readonly StaffRole[]): Reach {
  if (actor.kind !== 'staff') return { kind: 'none' };
  const held = roles.filter((role) => actor.roles.includes(role));
  if (held.some((role) => REGION_WIDE_ROLES.includes(role)) && actor.regionCode) {
    return { kind: 'region', regionCode: actor.regionCode };
  }
  if (held.length > 0 && actor.departmentPath) return { kind: 'department', path: actor.departmentPath };
  return { kind: 'none' };
}

/** Whether a department (its region and path) lies within a reach. */
export function reachIncludes(reach: Reach, target: { regionCode: string; path: string }): boolean {
  switch (reach.kind) {
    case 'region': return isWithinRegion(target.regionCode, reach.regionCode);
    case 'department': return target.path.startsWith(reach.path);
    case 'none': return false;
  }
}
