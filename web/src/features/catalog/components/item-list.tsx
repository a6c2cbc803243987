import { DownloadOutlined, EditOutlined, HistoryOutlined, PlusOutlined, ReadOutlined, SafetyOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Dropdown, Empty, Flex, Input, Select, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { ITEM_STATUSES, type ItemStatus, type ItemType } from '@core/catalog/vocabulary';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/page-header';
import { useLang, useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { useReportError } from '@/lib/use-report-error';
import { downloadCatalogJson, downloadCatalogWorkbook } from '../api/exchange';
import { listManagedItems, type ManagedItem } from '../api/items';
import { formatInstant, itemTypeOptions, labels } from '../utils/labels';
import { CatchAllModal } from './catch-all-modal';
import { DepartmentPicker } from './department-picker';
import { ImportModal } from './import-modal';
import { ItemStatusTag } from './item-status-tag';

const PAGE_SIZE = 20;

/** The admin list: search and filters kept in the URL, status of each item's newest version, and the catalog's actions. */
export function ItemList({ onEdit, onOpenHistory }: { onEdit: (code: string | null) => void; onOpenHistory: (code: string, name: string) => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [params, setParams] = useSearchParams();
  const [importing, setImporting] = useState(false);
  const [catchAll, setCatchAll] = useState(false);
  const [exporting, setExporting] = useState(false);

  const q = params.get('q') ?? '';
  const departmentId = params.get('department') ?? undefined;
  const type = (params.get('type') ?? undefined) as ItemType | undefined;
  const status = (params.get('status') ?? undefined) as ItemStatus | undefined;
  const page = Number(params.get('page') ?? '1') || 1;
  const items = useQuery(
    (signal) => listManagedItems({ q: q || undefined, departmentId, type, status, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal),
    [q, departmentId, type, status, page],
  );

  function setFilter(name: string, value: string | undefined) {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(name, value);
      else next.delete(name);
      if (name !== 'page') next.delete('page');
      return next;
    });
  }

  async function exportAs(format: 'json' | 'xlsx') {
    setExporting(true);
    try {
      await (format === 'json' ? downloadCatalogJson() : downloadCatalogWorkbook());
      void message.success(t('catalog.exported'));
    } catch (error) {
      reportError(error);
    } finally {
      setExporting(false);
    }
  }

  const columns: TableColumnsType<ManagedItem> = [
    {
      title: t('catalog.name'),
      key: 'name',
      render: (_, item) => (
        <Flex vertical gap={2}>
          <Space size={6} wrap>
            <Typography.Link onClick={() => onEdit(item.code)} strong>
              {item.name}
            </Typography.Link>
            {item.catchAll && (
              <Tag color="purple" icon={<SafetyOutlined />}>
                {t('catalog.catchAll')}
              </Tag>
            )}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} copyable={{ text: item.code }}>
              {item.code}
            </Typography.Text>
            {' · '}
            {labels.itemType(item.type, lang)}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('catalog.department'), dataIndex: 'departmentName', key: 'department', width: 210 },
    {
      title: t('catalog.status'),
      key: 'status',
      width: 170,
      render: (_, item) => (
        <Space size={4} wrap>
          <ItemStatusTag status={item.latestStatus} version={item.latestVersion} />
          {item.publishedVersion !== null && item.publishedVersion !== item.latestVersion && (
            <Tag color="green" variant="outlined">
              {t('catalog.publishedVersion', { version: item.publishedVersion })}
            </Tag>
          )}
        </Space>
      ),
    },
    { title: t('catalog.updatedAt'), key: 'updatedAt', width: 140, render: (_, item) => formatInstant(item.updatedAt) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_, item) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(item.code)}>
            {t('common.edit')}
          </Button>
          <Tooltip title={t('catalog.history')}>
            <Button type="link" size="small" icon={<HistoryOutlined />} onClick={() => onOpenHistory(item.code, item.name)} aria-label={t('catalog.history')} />
          </Tooltip>
          {item.publishedVersion !== null && (
            <Tooltip title={t('catalog.guide')}>
              <Button type="link" size="small" icon={<ReadOutlined />} href={`/guide/${encodeURIComponent(item.code)}`} target="_blank" aria-label={t('catalog.guide')} />
            </Tooltip>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('catalog.title')}
        description={t('catalog.description')}
        extra={
          <>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="import-catalog">
              {t('catalog.import')}
            </Button>
            <Dropdown
              menu={{
                items: [
                  { key: 'json', label: t('catalog.exportJson') },
                  { key: 'xlsx', label: t('catalog.exportExcel') },
                ],
                onClick: ({ key }) => void exportAs(key as 'json' | 'xlsx'),
              }}
            >
              <Button icon={<DownloadOutlined />} loading={exporting}>
                {t('catalog.export')}
              </Button>
            </Dropdown>
            <Button icon={<SafetyOutlined />} onClick={() => setCatchAll(true)}>
              {t('catalog.createCatchAll')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => onEdit(null)} data-testid="create-item">
              {t('catalog.create')}
            </Button>
          </>
        }
      />
      {items.error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(items.error as Error).message} style={{ marginBottom: 16 }} />}
      <Card variant="borderless" styles={{ body: { padding: 0 } }}>
        <Flex gap={12} wrap style={{ padding: '16px 16px 12px' }}>
          <Input.Search
            allowClear
            defaultValue={q}
            key={q}
            placeholder={t('catalog.searchPlaceholder')}
            onSearch={(value) => setFilter('q', value.trim() || undefined)}
            style={{ width: 300 }}
            data-testid="catalog-search"
          />
          <DepartmentPicker allowClear placeholder={t('catalog.filterDepartment')} value={departmentId} onChange={(value) => setFilter('department', value)} style={{ width: 260 }} />
          <Select allowClear placeholder={t('catalog.filterType')} value={type} onChange={(value?: string) => setFilter('type', value)} options={itemTypeOptions(lang)} style={{ width: 200 }} popupMatchSelectWidth={false} />
          <Select
            allowClear
            placeholder={t('catalog.filterStatus')}
            value={status}
            onChange={(value?: string) => setFilter('status', value)}
            options={ITEM_STATUSES.map((s) => ({ value: s, label: t(`catalog.status.${s}`) }))}
            style={{ width: 140 }}
            data-testid="status-filter"
          />
        </Flex>
        <Table<ManagedItem>
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={items.data?.items ?? []}
          loading={items.loading}
          data-testid="catalog-table"
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalog.empty')} /> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: items.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
            onChange: (next) => setFilter('page', next > 1 ? String(next) : undefined),
          }}
        />
      </Card>
      <ImportModal open={importing} onClose={() => setImporting(false)} onImported={items.reload} />
      <CatchAllModal
        open={catchAll}
        onClose={() => setCatchAll(false)}
        onCreated={(code) => {
          setCatchAll(false);
          onEdit(code);
        }}
      />
    </>
  );
}
