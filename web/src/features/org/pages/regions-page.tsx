import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { useT } from '@/lib/i18n';
import { buildTree, type TreeNode } from '@/lib/tree';
import { useQuery } from '@/lib/use-query';
import { listRegions, type Region } from '../api/regions';
import { RegionFormModal, type RegionFormTarget } from '../components/region-form-modal';
import { RegionLevelTag } from '../components/region-level-tag';
import { byCode } from '../components/region-select';

/** `/admin/regions`: the region tree, with adding and renaming. */
export default function RegionsPage() {
  const t = useT();
  const regions = useQuery((signal) => listRegions(signal), []);
  const [target, setTarget] = useState<RegionFormTarget | null>(null);
  const [expanded, setExpanded] = useState<readonly React.Key[] | null>(null);
  const rows = regions.data ?? [];
  const tree = useMemo(() => buildTree(rows, (r) => r.code, (r) => r.parentCode, byCode), [rows]);

  // Open everything down to the counties the first time; townships can be many.
  useEffect(() => {
    if (expanded === null && regions.data) setExpanded(regions.data.filter((r) => r.level !== 'county' || regions.data!.length < 200).map((r) => r.code));
  }, [regions.data, expanded]);

  const columns: TableColumnsType<TreeNode<Region>> = [
    { title: t('region.name'), dataIndex: 'name', key: 'name' },
    { title: t('region.code'), dataIndex: 'code', key: 'code', width: 160, render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
    { title: t('region.level'), dataIndex: 'level', key: 'level', width: 140, render: (_, region) => <RegionLevelTag level={region.level} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_, region) => (
        <Space size={4}>
          {region.level !== 'township' && (
            <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create', parentCode: region.code })}>
              {t('region.createChild')}
            </Button>
          )}
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setTarget({ mode: 'rename', region })}>
            {t('common.rename')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('region.title')}
        description={t('region.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={regions.reload}>
              {t('common.reload')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'create' })} data-testid="create-region">
              {t('region.create')}
            </Button>
          </>
        }
      />
      {regions.error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={String((regions.error as Error).message)} style={{ marginBottom: 16 }} />}
      <Card variant="borderless" styles={{ body: { padding: 0 } }} data-testid="regions-table">
        <Table<TreeNode<Region>>
          rowKey="code"
          columns={columns}
          dataSource={tree}
          loading={regions.loading}
          size="middle"
          pagination={false}
          expandable={{ expandedRowKeys: expanded ?? [], onExpandedRowsChange: (keys) => setExpanded(keys) }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('region.empty')} /> }}
        />
      </Card>
      <RegionFormModal
        target={target}
        regions={rows}
        onClose={() => setTarget(null)}
        onSaved={() => {
          const parent = target?.mode === 'create' ? target.parentCode : undefined;
          if (parent) setExpanded((keys) => [...(keys ?? []), parent]);
          setTarget(null);
          regions.reload();
        }}
      />
    </>
  );
}
