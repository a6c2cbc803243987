import { Tag } from 'antd';
import { useT } from '@/lib/i18n';
import { isKnownRole, ROLE_DISPLAY } from '@/lib/roles';

/** Roles as coloured tags with their localized names; an unknown role shows its code. */
export function RoleTags({ roles, bordered = true }: { roles: readonly string[]; bordered?: boolean }) {
  const t = useT();
  return (
    <>
      {roles.map((role) =>
        isKnownRole(role) ? (
          <Tag key={role} color={ROLE_DISPLAY[role].color} variant={bordered ? 'outlined' : 'filled'} data-role={role}>
            {t(ROLE_DISPLAY[role].label)}
          </Tag>
        ) : (
          <Tag key={role} data-role={role}>{role}</Tag>
        ),
      )}
    </>
  );
}
