import { Col, DatePicker, Divider, Form, Input, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { FormModal } from '@/components/action-modal';
import { isAcceptablePassword, isValidUsername } from '@/lib/account-rules';
import { useT } from '@/lib/i18n';
import { isKnownRole, type StaffRole } from '@/lib/roles';
import { useQuery } from '@/lib/use-query';
import type { Department } from '../api/departments';
import { createUser, listUsers, updateUser, type StaffUser } from '../api/users';
import { DepartmentSelect } from './department-select';
import { RoleSelect } from './role-select';

/** What the modal is doing: opening an account or changing one. */
export type UserFormTarget = { mode: 'create'; departmentId?: string } | { mode: 'edit'; user: StaffUser };

interface Values {
  username: string;
  password: string;
  name: string;
  departmentId: string;
  roles: StaffRole[];
  active: boolean;
  backupUserId?: string;
  absence?: [Dayjs, Dayjs] | null;
}

const DATE = 'YYYY-MM-DD';

/** Opens or edits a staff account: roles, department, and AB岗 (a backup user and an absence period). */
export function UserFormModal({
  target,
  departments,
  regionName,
  onClose,
  onSaved,
}: {
  target: UserFormTarget | null;
  departments: readonly Department[];
  regionName: (code: string) => string | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const editing = target?.mode === 'edit' ? target.user : null;
  // Anyone active may stand in; the list is read when the modal opens, so it is current.
  const colleagues = useQuery((signal) => (editing ? listUsers({ limit: 200 }, signal) : Promise.resolve(null)), [editing?.id]);
  const departmentName = useMemo(() => new Map(departments.map((d) => [d.id, d.name])), [departments]);

  const start: Partial<Values> = editing
    ? {
        name: editing.name,
        departmentId: editing.departmentId ?? undefined,
        roles: editing.roles.filter(isKnownRole),
        active: editing.active,
        backupUserId: editing.backupUserId ?? undefined,
        absence: editing.absence ? [dayjs(editing.absence.from), dayjs(editing.absence.to)] : null,
      }
    : { departmentId: target?.mode === 'create' ? target.departmentId : undefined, roles: [], active: true };

  function submit(values: Values) {
    if (editing) {
      return updateUser(editing.id, {
        name: values.name.trim(),
        roles: values.roles,
        departmentId: values.departmentId,
        active: values.active,
        backupUserId: values.backupUserId ?? null,
        absence: values.absence ? { from: values.absence[0].format(DATE), to: values.absence[1].format(DATE) } : null,
      });
    }
    return createUser({ username: values.username.trim(), password: values.password, name: values.name.trim(), departmentId: values.departmentId, roles: values.roles });
  }

  const backupOptions = (colleagues.data?.users ?? [])
    .filter((user) => user.id !== editing?.id && (user.active || user.id === editing?.backupUserId))
    .map((user) => {
      const department = user.departmentId ? departmentName.get(user.departmentId) : undefined;
      return { value: user.id, label: `${user.name}（${user.username}）${department ? ' · ' + department : ''}` };
    });
  const required = { required: true, whitespace: true, message: t('common.required') };

  return (
    <FormModal<Values>
      open={target !== null} name="user-form" title={t(editing ? 'user.edit' : 'user.create')} width={680}
      successText={t(editing ? 'common.saved' : 'common.created')} initialValues={start} onSubmit={submit} onClose={onClose} onDone={onSaved}
      fieldAliases={{ 'absence.from': 'absence', 'absence.to': 'absence' }}
    >
      <Row gutter={16}>
        {editing ? (
          <Col span={12}>
            <Form.Item label={t('user.username')}>
              <Input value={editing.username} disabled />
            </Form.Item>
          </Col>
        ) : (
          <>
            <Col span={12}>
              <Form.Item
                name="username"
                label={t('user.username')}
                extra={t('register.usernameRule')}
                validateFirst
                rules={[required, { validator: (_, v?: string) => (!v || isValidUsername(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('register.usernameRule')))) }]}
              >
                <Input maxLength={32} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="password"
                label={t('user.password')}
                extra={t('register.passwordPolicy')}
                validateFirst
                rules={[required, { validator: (_, v?: string) => (!v || isAcceptablePassword(v) ? Promise.resolve() : Promise.reject(new Error(t('register.passwordWeak')))) }]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
            </Col>
          </>
        )}
        <Col span={12}>
          <Form.Item name="name" label={t('user.name')} rules={[required]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col span={editing ? 24 : 12}>
          <Form.Item name="departmentId" label={t('user.department')} rules={[{ required: true, message: t('common.required') }]}>
            <DepartmentSelect departments={departments} regionName={regionName} />
          </Form.Item>
        </Col>
        <Col span={editing ? 16 : 24}>
          <Form.Item name="roles" label={t('user.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('user.rolesRequired') }]}>
            <RoleSelect />
          </Form.Item>
        </Col>
        {editing && (
          <>
            <Col span={8}>
              <Form.Item name="active" label={t('user.status')} valuePropName="checked">
                <Switch checkedChildren={t('user.active')} unCheckedChildren={t('user.inactive')} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Divider titlePlacement="start" plain style={{ margin: '0 0 12px' }}>
                {t('user.backupSection')}
              </Divider>
            </Col>
            <Col span={12}>
              <Form.Item name="backupUserId" label={t('user.backupUser')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={colleagues.loading}
                  options={backupOptions}
                  placeholder={t('user.backupPlaceholder')}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="absence"
                label={t('user.absence')}
                dependencies={['backupUserId']}
                rules={[
                  ({ getFieldValue }) => ({
                    warningOnly: true,
                    validator: (_, value: unknown) =>
                      value && !getFieldValue('backupUserId') ? Promise.reject(new Error(t('user.absenceNeedsBackup'))) : Promise.resolve(),
                  }),
                ]}
              >
                <DatePicker.RangePicker allowClear style={{ width: '100%' }} format={DATE} />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
    </FormModal>
  );
}
