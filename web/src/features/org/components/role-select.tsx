import { Select, Tag } from 'antd';
import { useT } from '@/lib/i18n';
import { isKnownRole, ROLE_DISPLAY, STAFF_ROLES, type StaffRole } from '@/lib/roles';

/** Several roles at once, each shown as its coloured tag. */
export function RoleSelect({ value, onChange, id }: { value?: StaffRole[]; onChange?: (roles: StaffRole[]) => void; id?: string }) {
  const t = useT();
  return (
    <Select<StaffRole[]>
      id={id}
      mode="multiple"
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      options={STAFF_ROLES.map((role) => ({ value: role, label: t(ROLE_DISPLAY[role].label) }))}
      tagRender={({ value: role, closable, onClose }) => (
        <Tag
          color={typeof role === 'string' && isKnownRole(role) ? ROLE_DISPLAY[role].color : undefined}
          closable={closable}
          onClose={onClose}
          onMouseDown={(event) => event.preventDefault()}
          style={{ marginInlineEnd: 4 }}
        >
          {typeof role === 'string' && isKnownRole(role) ? t(ROLE_DISPLAY[role].label) : String(role)}
        </Tag>
      )}
    />
  );
}
