import { STAFF_ROLES, type StaffRole } from '@core/accounts/roles';
import type { MessageKey } from './i18n';

export { STAFF_ROLES, type StaffRole };

/** Tag colour and label key per role, so every page shows a role the same way. */
export const ROLE_DISPLAY: Record<StaffRole, { color: string; label: MessageKey }> = {
  admin: { color: 'red', label: 'role.admin' },
  clerk: { color: 'blue', label: 'role.clerk' },
  handler: { color: 'cyan', label: 'role.handler' },
  approver: { color: 'purple', label: 'role.approver' },
  supervisor: { color: 'orange', label: 'role.supervisor' },
  analyst: { color: 'geekblue', label: 'role.analyst' },
};

/** Whether a string names a staff role (the server may add roles this build does not know). */
export function isKnownRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}
