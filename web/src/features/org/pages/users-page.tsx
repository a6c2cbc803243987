import { EditOutlined, PlusOutlined, ReloadOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Empty, Flex, Input, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/page-header';
import { RoleTags } from '@/components/role-tags';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { useReportError } from '@/lib/use-report-error';
import { listDepartments } from '../api/departments';
import { listRegions } from '../api/regions';
import { listUsers, updateUser, type StaffUser } from '../api/users';
import { AbsenceCell } from '../components/absence-cell';
import { DepartmentSelect } from '../components/department-select';
import { UserFormModal, type UserFormTarget } from '../components/user-form-modal';

const PAGE_SIZE = 20;

/** `/admin/users`: staff accounts by department or by name, with opening, editing and disabling. */
export default function UsersPage() {
  const t = useT();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [params, setParams] = useSearchParams();
  const departmentId = params.get('department') ?? undefined;
  const q = params.get('q') ?? undefined;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [search, setSearch] = useState(q ?? '');
  const [target, setTarget] = useState<UserFormTarget | null>(null);
  const [toggling, setToggling] = useState<string | null>(null);

  const regions = useQuery((signal) => listRegions(signal), []);
  const departments = useQuery((signal) => listDepartments(undefined, signal), []);
  const users = useQuery((signal) => listUsers({ departmentId, q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal), [departmentId, q, page]);
  // Backup users may sit on another page of the list; their names come from a wider read.
  const everyone = useQuery((signal) => listUsers({ limit: 200 }, signal), [users.data]);

  const departmentName = useMemo(() => new Map((departments.data ?? []).map((d) => [d.id, d.name])), [departments.data]);
  const regionNames = useMemo(() => new Map((regions.data ?? []).map((r) => [r.code, r.name])), [regions.data]);
  const regionName = useMemo(() => (code: string) => regionNames.get(code), [regionNames]);
  const userName = useMemo(() => new Map((everyone.data?.users ?? []).map((u) => [u.id, u.name])), [everyone.data]);

  function updateParams(next: { department?: string; q?: string; page?: number }) {
    const merged = { department: departmentId, q, page: undefined as number | undefined, ...next };
    const entries = Object.entries(merged).filter(([, value]) => value !== undefined && value !== '' && value !== 1);
    setParams(Object.fromEntries(entries.map(([key, value]) => [key, String(value)])));
  }

  async function setActive(user: StaffUser, active: boolean) {
    setToggling(user.id);
    try {
      await updateUser(user.id, { active });
      void message.success(t(active ? 'user.activated' : 'user.deactivated'));
      users.reload();
    } catch (error) {
      reportError(error);
    } finally {
      setToggling(null);
    }
  }

  const columns: TableColumnsType<StaffUser> = [
    { title: t('user.name'), dataIndex: 'name', key: 'name', width: 110, render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    { title: t('user.username'), dataIndex: 'username', key: 'username', width: 130 },
    {
      title: t('user.department'),
      dataIndex: 'departmentId',
      key: 'department',
      width: 220,
      render: (id: string | null) => (id ? (departmentName.get(id) ?? id) : '—'),
    },
    { title: t('user.roles'), dataIndex: 'roles', key: 'roles', render: (roles: string[]) => <RoleTags roles={roles} /> },
    {
      title: t('user.status'),
      dataIndex: 'active',
      key: 'active',
      width: 90,
      render: (active: boolean) => <Badge status={active ? 'success' : 'default'} text={t(active ? 'user.active' : 'user.inactive')} />,
    },
    { title: t('user.backupSection'), key: 'backup', width: 190, render: (_, user) => <AbsenceCell user={user} backupName={user.backupUserId ? userName.get(user.backupUserId) : undefined} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 160,
      fixed: 'right',
      render: (_, user) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setTarget({ mode: 'edit', user })}>
            {t('common.edit')}
          </Button>
          {user.active ? (
            <Popconfirm
              title={t('user.deactivate')}
              description={t('user.deactivateConfirm', { name: user.name })}
              okText={t('user.deactivate')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => setActive(user, false)}
            >
              <Button type="link" size="small" danger icon={<StopOutlined />} loading={toggling === user.id}>
                {t('user.deactivate')}
              </Button>
            </Popconfirm>
          ) : (
            <Button type="link" size="small" icon={<CheckCircleOutlined />} loading={toggling === user.id} onClick={() => void setActive(user, true)}>
              {t('user.activate')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const error = users.error ?? departments.error;
  return (
    <>
      <PageHeader
        title={t('user.title')}
        description={t('user.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={users.reload}>
              {t('common.reload')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create', departmentId })} data-testid="create-user">
              {t('user.create')}
            </Button>
          </>
        }
      />
      {error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(error as Error).message} style={{ marginBottom: 16 }} />}
      <Card variant="borderless" styles={{ body: { padding: 0 } }} data-testid="users-table">
        <Flex gap={12} wrap style={{ padding: '16px 16px 12px' }}>
          <DepartmentSelect
            id="user-department-filter"
            departments={departments.data ?? []}
            loading={departments.loading}
            regionName={regionName}
            value={departmentId}
            onChange={(id) => updateParams({ department: id })}
            allowClear
            placeholder={t('user.departmentFilter')}
            style={{ width: 300 }}
          />
          <Input.Search
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onSearch={(value) => updateParams({ q: value.trim() })}
            allowClear
            placeholder={t('user.searchPlaceholder')}
            style={{ width: 280 }}
            enterButton
            data-testid="user-search"
          />
        </Flex>
        <Table<StaffUser>
          rowKey="id"
          columns={columns}
          dataSource={users.data?.users ?? []}
          loading={users.loading}
          scroll={{ x: 1080 }}
          size="middle"
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: users.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (next) => updateParams({ page: next }),
          }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('user.empty')} /> }}
        />
      </Card>
      <UserFormModal
        target={target}
        departments={departments.data ?? []}
        regionName={regionName}
        onClose={() => setTarget(null)}
        onSaved={() => {
          setTarget(null);
          users.reload();
        }}
      />
    </>
  );
}
