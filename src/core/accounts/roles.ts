/** Staff roles (API.md). Applicants are not a role: they are a kind of account. */
export const STAFF_ROLES = ['admin', 'clerk', 'handler', 'approver', 'supervisor', 'analyst'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Roles whose reach is the region subtree of their department; the others reach their department. */
export const REGION_WIDE_ROLES: readonly StaffRole[] = ['admin', 'supervisor', 'analyst'];

/** Whether a string names a staff role. */
export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}
