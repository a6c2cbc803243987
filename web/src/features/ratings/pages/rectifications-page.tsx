import { ReloadOutlined } from '@ant-design/icons';
import type { RectificationStatus } from '@core/ratings/rectification';
import { Alert, Button, Card, Empty, Flex, Segmented, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { WarningTag } from '@/features/cases/shared/case-status-tag';
import { formatDate, formatTime } from '@/features/cases/shared/format';
import type { WarningLevel } from '@/features/cases/shared/case-api';
import { useLang, useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { listRectifications, type Rectification } from '../api/ratings';
import { levelColor, levelName, tagName } from '../components/labels';
import { RectificationActions } from '../components/rectification-actions';

const STATUS_COLORS: Record<RectificationStatus, string> = { open: 'orange', rectified: 'green', closed: 'default' };
const PAGE_SIZE = 20;

/**
 * `/rectifications`: bad ratings to rectify (差评整改) — the department's own for its staff, the region's for
 * supervisors — earliest due first with their warning, the callback, the result and any appeal.
 */
export default function RectificationsPage() {
  const t = useT();
  const { lang } = useLang();
  const [status, setStatus] = useState<RectificationStatus | 'all'>('open');
  const [warning, setWarning] = useState<WarningLevel | undefined>();
  const [page, setPage] = useState(1);
  const list = useQuery(
    (signal) => listRectifications({ ...(status !== 'all' && { status }), warning, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal),
    [status, warning, page],
  );

  const columns: TableColumnsType<Rectification> = [
    {
      title: t('rating.rect.due'), key: 'due', width: 150,
      render: (_, r) => (
        <Flex vertical gap={4} align="flex-start">
          <span>{formatDate(r.dueAt)}</span>
          <WarningTag warning={r.warning} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('rating.rect.workdays', { days: r.workdays })}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('case.caseNo'), key: 'case', width: 220,
      render: (_, r) => (
        <>
          <Typography.Text style={{ fontFamily: 'monospace', display: 'block' }}>{r.caseNo}</Typography.Text>
          <Typography.Text>{r.itemName}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{r.departmentName}</Typography.Text>
        </>
      ),
    },
    {
      title: t('rating.rect.rating'), key: 'rating',
      render: (_, r) => (
        <Flex vertical gap={4}>
          <Flex gap={4} wrap>
            <Tag color={levelColor(r.level)}>{levelName(r.level, lang)}</Tag>
            {r.tags.map((code) => <Tag key={code}>{tagName(code, lang)}</Tag>)}
          </Flex>
          {r.comment && <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: true }}>{r.comment}</Typography.Paragraph>}
          {r.followUp && <Typography.Text type="secondary">{t('rating.followUp')}：{r.followUp}</Typography.Text>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatTime(r.openedAt)}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('rating.rect.progress'), key: 'progress', width: 280,
      render: (_, r) => (
        <Flex vertical gap={4} align="flex-start">
          <Tag color={STATUS_COLORS[r.status]}>{t(`rating.rect.status.${r.status}`)}</Tag>
          {r.callbackResult && <Typography.Text>{t('rating.rect.callback')}：{t(`rating.callback.${r.callbackResult}`)}，{r.callbackNote}</Typography.Text>}
          {r.measures && <Typography.Text>{t('rating.measures')}：{r.measures}</Typography.Text>}
          {r.result && <Typography.Text>{t('rating.result')}：{r.result}</Typography.Text>}
          {r.appeal && (
            <Typography.Text type="secondary">
              {t('rating.rect.appeal')}（{t(`rating.appeal.${r.appeal.status}`)}）：{r.appeal.reason}{r.appeal.opinion ? ` — ${r.appeal.opinion}` : ''}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('common.actions'), key: 'actions', width: 200, render: (_, r) => <RectificationActions row={r} onChanged={list.reload} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('rating.rect.title')}
        description={t('rating.rect.description')}
        extra={<Button icon={<ReloadOutlined />} onClick={list.reload}>{t('common.reload')}</Button>}
      />
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Segmented<RectificationStatus | 'all'>
          value={status}
          onChange={(value) => { setStatus(value); setPage(1); }}
          options={(['open', 'rectified', 'closed', 'all'] as const).map((value) => ({ value, label: t(value === 'all' ? 'common.all' : `rating.rect.status.${value}`) }))}
          data-testid="rect-status"
        />
        <Select<WarningLevel | undefined>
          allowClear
          placeholder={t('rating.rect.warning')}
          value={warning}
          onChange={(value) => { setWarning(value); setPage(1); }}
          options={(['red', 'yellow', 'none'] as const).map((value) => ({ value, label: t(`rating.rect.warning.${value}`) }))}
          style={{ width: 160 }}
          data-testid="rect-warning"
        />
      </Flex>
      {list.error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(list.error as Error).message} style={{ marginBottom: 16 }} />}
      <Card variant="borderless" styles={{ body: { padding: 0 } }} data-testid="rectifications">
        <Table<Rectification>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.rectifications ?? []}
          loading={list.loading}
          scroll={{ x: 960 }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common.total', { total }) }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rating.rect.empty')} /> }}
        />
      </Card>
    </>
  );
}
