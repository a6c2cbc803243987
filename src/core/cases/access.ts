/**
 * Who may see and act on a case (docs/decisions/0001-authorization-reach.md). The one-window hall takes
 * applications for every department of its region (一窗受理), so clerks reach their region's cases, like
 * supervisors, admins and analysts; handlers and approvers reach the cases of their department's subtree.
 */
import type { Actor } from '../accounts/actor.js';
import type { StaffRole } from '../accounts/roles.js';
import { regionPrefix } from '../organization/region.js';

/** The cases an actor reaches, in a form a query can apply. */
export type CaseReach =
  | { readonly kind: 'applicant'; readonly applicantId: string }
  | { readonly kind: 'region'; readonly regionPrefix: string }
  | { readonly kind: 'department'; readonly departmentPath: string }
  | { readonly kind: 'none' };

const REGION_CASE_ROLES: readonly StaffRole[] = ['admin', 'supervisor', 'analyst', 'clerk'];

/** The reach of an actor over cases, for the roles an action accepts. */
export function caseReach(actor: Actor, roles: readonly StaffRole[] = ['admin', 'supervisor', 'analyst', 'clerk', 'handler', 'approver']): CaseReach {
  if (actor.kind === 'applicant') return { kind: 'applicant', applicantId: actor.userId };
  const held = roles.filter((role) => actor.roles.includes(role));
  if (held.some((role) => REGION_CASE_ROLES.includes(role)) && actor.regionCode) {
    return { kind: 'region', regionPrefix: regionPrefix(actor.regionCode) };
  }
  if (held.length > 0 && actor.departmentPath) return { kind: 'department', departmentPath: actor.departmentPath };
  return { kind: 'none' };
}

/** Whether a case (its applicant, region and department path) is within a reach. */
export function caseWithinReach(reach: CaseReach, target: { applicantId: string; regionCode: string; departmentPath: string }): boolean {
  switch (reach.kind) {
    case 'applicant': return target.applicantId === reach.applicantId;
    case 'region': return target.regionCode.startsWith(reach.regionPrefix);
    case 'department': return target.departmentPath.startsWith(reach.departmentPath);
    case 'none': return false;
  }
}
