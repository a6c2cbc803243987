import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/page-header';
import { useAuth } from '@/lib/auth-context';
import { useT } from '@/lib/i18n';
import { buildTree, type TreeNode } from '@/lib/tree';
import { useQuery } from '@/lib/use-query';
import { listDepartments, type Department } from '../api/departments';
import { listRegions } from '../api/regions';
import { DepartmentFormModal, type DepartmentFormTarget } from '../components/department-form-modal';
import { DepartmentKindTag } from '../components/department-kind-tag';
import { RegionSelect } from '../components/region-select';

const byRegionThenName = (a: Department, b: Department) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name, 'zh-CN');

/** `/admin/departments`: one region's department tree, with adding and editing. */
export default function DepartmentsPage() {
  const t = useT();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const regions = useQuery((signal) => listRegions(signal), []);
  const regionCode = params.get('region') ?? undefined;
  const departments = useQuery((signal) => (regionCode ? listDepartments(regionCode, signal) : Promise.resolve([])), [regionCode]);
  const [target, setTarget] = useState<DepartmentFormTarget | null>(null);
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);

  // Start at the admin's own region, or the first county (where service halls usually are).
  useEffect(() => {
    if (regionCode || !regions.data?.length) return;
    const own = regions.data.find((r) => r.code === user?.regionCode);
    const start = own ?? regions.data.find((r) => r.level === 'county') ?? regions.data[0];
    if (start) setParams({ region: start.code }, { replace: true });
  }, [regionCode, regions.data, user?.regionCode, setParams]);

  const rows = useMemo(() => departments.data ?? [], [departments.data]);
  // The chosen region's own departments first, then those of the regions below it.
  const tree = useMemo(() => buildTree(rows, (d) => d.id, (d) => d.parentId, byRegionThenName), [rows]);
  useEffect(() => setExpanded(rows.map((d) => d.id)), [rows]);
  const regionName = useMemo(() => new Map((regions.data ?? []).map((r) => [r.code, r.name])), [regions.data]);
  const manyRegions = new Set(rows.map((d) => d.regionCode)).size > 1;

  const columns: TableColumnsType<TreeNode<Department>> = [
    { title: t('department.name'), dataIndex: 'name', key: 'name' },
    { title: t('department.kind'), dataIndex: 'kind', key: 'kind', width: 140, render: (_, d) => <DepartmentKindTag kind={d.kind} /> },
    ...(manyRegions
      ? [{ title: t('department.region'), key: 'region', width: 180, render: (_: unknown, d: Department) => <Tag>{regionName.get(d.regionCode) ?? d.regionCode}</Tag> }]
      : []),
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_, department) => (
        <Space size={4}>
          {department.kind !== 'window' && (
            <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create', regionCode: department.regionCode, parentId: department.id })}>
              {t('department.createChild')}
            </Button>
          )}
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setTarget({ mode: 'edit', department })}>
            {t('common.edit')}
          </Button>
        </Space>
      ),
    },
  ];

  const error = regions.error ?? departments.error;
  return (
    <>
      <PageHeader
        title={t('department.title')}
        description={t('department.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={departments.reload}>
              {t('common.reload')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create', regionCode })} data-testid="create-department">
              {t('department.create')}
            </Button>
          </>
        }
      />
      {error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(error as Error).message} style={{ marginBottom: 16 }} />}
      <Card variant="borderless" styles={{ body: { padding: 0 } }} data-testid="departments-table">
        <Flex align="center" gap={12} style={{ padding: '16px 16px 12px' }} wrap>
          <Typography.Text>{t('department.regionFilter')}</Typography.Text>
          <RegionSelect
            regions={regions.data ?? []}
            loading={regions.loading}
            value={regionCode}
            onChange={(code) => setParams(code ? { region: code } : {})}
            placeholder={t('department.selectRegion')}
            style={{ width: 320 }}
            id="department-region-filter"
          />
          {!departments.loading && rows.length > 0 && <Typography.Text type="secondary">{t('common.total', { total: rows.length })}</Typography.Text>}
        </Flex>
        <Table<TreeNode<Department>>
          rowKey="id"
          columns={columns}
          dataSource={tree}
          loading={departments.loading || regions.loading}
          size="middle"
          pagination={false}
          expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: (keys) => setExpanded(keys) }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={regionCode ? t('department.empty') : t('department.selectRegion')} /> }}
        />
      </Card>
      <DepartmentFormModal
        target={target}
        regions={regions.data ?? []}
        departments={rows}
        onClose={() => setTarget(null)}
        onSaved={(saved) => {
          setTarget(null);
          if (saved.regionCode !== regionCode) setParams({ region: saved.regionCode });
          else departments.reload();
        }}
      />
    </>
  );
}
