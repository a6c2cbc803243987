/**
 * Who may see and act on a case (docs/decisions/0001-authorization-reach.md). The one-window hall takes
 * applications for every department of its region (一窗受理), so clerks reach their region's cases, like
 * supervisors, admins and analysts; handlers and approvers reach the cases of their department's subtree,
 * and the cases their department is asked to work on: a division reviewing its bureau's case, or another
 * bureau's branch of a parallel step (并联审批), must read the case to do the work (docs/workbench.md).
 */
import type { Actor } from '../accounts/actor.js';
import type { StaffRole } from '../accounts/roles.js';
import { regionPrefix } from '../organization/region.js';

/** The cases an actor reaches, in a form a query can apply. */
export type CaseReach =
  | { readonly kind: 'applicant'; readonly applicantId: string }
  | { readonly kind: 'region'; readonly regionPrefix: string }
  | { readonly kind: 'department'; readonly departmentPath: string; readonly departmentId: string }
  | { readonly kind: 'none' };

const REGION_CASE_ROLES: readonly StaffRole[] = ['admin', 'supervisor', 'analyst', 'clerk'];

/** The reach of an actor over cases, for the roles an action accepts. */
export function caseReach(actor: Actor, roles: readonly StaffRole[] = ['admin', 'supervisor', 'analyst', 'clerk', 'handler', 'approver']): CaseReach {
  if (actor.kind === 'applicant') return { kind: 'applicant', applicantId: actor.userId };
  const held = roles.filter((role) => actor.roles.includes(role));
  if (held.some((role) => REGION_CASE_ROLES.includes(role)) && actor.regionCode) {
    return { kind: 'region', regionPrefix: regionPrefix(actor.regionCode) };
  }
  if (held.length > 0 && actor.departmentPath && actor.departmentId) {
    return { kind: 'department', departmentPath: actor.departmentPath, departmentId: actor.departmentId };
  }
  return { kind: 'none' };
}

/** A case as a reach check sees it; `workingDepartmentIds`: the departments that hold or held a task on it. */
export interface ReachTarget {
  readonly applicantId: string;
  readonly regionCode: string;
  readonly departmentPath: string;
  readonly workingDepartmentIds?: readonly string[];
}

/** Whether a case is within a reach. */
export function caseWithinReach(reach: CaseReach, target: ReachTarget): boolean {
  switch (reach.kind) {
    case 'applicant': return target.applicantId === reach.applicantId;
    case 'region': return target.regionCode.startsWith(reach.regionPrefix);
    case 'department':
      return target.departmentPath.startsWith(reach.departmentPath) || (target.workingDepartmentIds ?? []).includes(reach.departmentId);
    case 'none': return false;
  }
}
