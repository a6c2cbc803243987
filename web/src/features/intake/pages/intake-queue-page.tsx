import { FormOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Empty, Flex, Segmented, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { listCases, type CaseStatus, type CaseSummary } from '@/features/cases/shared/case-api';
import { CaseStatusTag } from '@/features/cases/shared/case-status-tag';
import { formatTime } from '@/features/cases/shared/format';
import { PageHeader } from '@/components/page-header';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { CaseClock } from '../components/acceptance-clock';

const PAGE_SIZE = 20;

/** The queue's tabs: what waits for the window first, then what it has handled. */
const TABS = {
  pending: ['submitted'],
  correction: ['correction_required'],
  refusal: ['refusal_pending'],
  accepted: ['in_progress', 'suspended'],
  closed: ['concluded', 'delivered', 'refused', 'abandoned', 'withdrawn', 'revoked'],
  all: undefined,
} as const satisfies Record<string, readonly CaseStatus[] | undefined>;
type TabKey = keyof typeof TABS;
const TAB_KEYS = Object.keys(TABS) as TabKey[];
const COUNTED: readonly TabKey[] = ['pending', 'correction', 'refusal'];
type WarningFilter = 'all' | 'red' | 'yellow';

/** `/intake` (一窗受理): new submissions and resubmissions, oldest first, with their acceptance clock. */
export default function IntakeQueuePage() {
  const t = useT();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: TabKey = TAB_KEYS.includes(tabParam as TabKey) ? (tabParam as TabKey) : 'pending';
  const warningParam = params.get('warning');
  const warning: WarningFilter = warningParam === 'red' || warningParam === 'yellow' ? warningParam : 'all';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);

  const cases = useQuery(
    (signal) => listCases({ status: TABS[tab], ...(warning !== 'all' && { warning }), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, signal),
    [tab, warning, page],
  );
  // The tabs that hold work carry their count, read again with every reload of the list.
  const [tick, setTick] = useState(0);
  const reload = () => {
    cases.reload();
    setTick((n) => n + 1);
  };
  const counts = useQuery(
    async (signal) => {
      const totals = await Promise.all(COUNTED.map((key) => listCases({ status: TABS[key], limit: 1 }, signal).then((r) => r.total)));
      return Object.fromEntries(COUNTED.map((key, index) => [key, totals[index] ?? 0])) as Partial<Record<TabKey, number>>;
    },
    [tick],
  );

  function update(next: { tab?: TabKey; warning?: WarningFilter; page?: number }) {
    const merged = { tab, warning, page: 1, ...next };
    const entries = Object.entries(merged).filter(([key, value]) => !(key === 'tab' && value === 'pending') && value !== 'all' && value !== 1);
    setParams(Object.fromEntries(entries.map(([key, value]) => [key, String(value)])));
  }

  const columns: TableColumnsType<CaseSummary> = [
    { title: t('intake.col.clock'), key: 'clock', width: 180, render: (_, c) => <CaseClock summary={c} /> },
    {
      title: t('case.caseNo'),
      dataIndex: 'caseNo',
      key: 'caseNo',
      width: 230,
      render: (caseNo: string, c) => (
        <Flex vertical gap={2}>
          <Link to={`/intake/${encodeURIComponent(c.id)}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
            {caseNo}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('intake.receivedAt', { time: formatTime(c.receivedAt) })}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('intake.col.item'), dataIndex: 'itemName', key: 'item', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    {
      title: t('intake.col.source'),
      key: 'source',
      width: 150,
      render: (_, c) => (
        <Flex gap={4} wrap>
          <Tag color={c.channel === 'window' ? 'geekblue' : 'blue'}>{t(c.channel === 'window' ? 'intake.channel.window' : 'intake.channel.online')}</Tag>
          {c.round > 1 && <Tag color="orange">{t('intake.resubmitted', { round: c.round })}</Tag>}
          {c.commitment && <Tag color="purple">{t('case.commitment.tag')}</Tag>}
        </Flex>
      ),
    },
    { title: t('intake.col.status'), key: 'status', width: 150, render: (_, c) => <CaseStatusTag status={c.status} result={c.result} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 88,
      fixed: 'right',
      render: (_, c) => (
        <Button type={c.status === 'submitted' ? 'primary' : 'default'} size="small" onClick={() => navigate(`/intake/${encodeURIComponent(c.id)}`)} data-testid="open-case">
          {t(c.status === 'submitted' ? 'intake.handle' : 'intake.view')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('intake.title')}
        description={t('intake.description')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={reload}>
              {t('common.reload')}
            </Button>
            <Link to="/intake/window">
              <Button type="primary" icon={<FormOutlined />}>
                {t('menu.windowApply')}
              </Button>
            </Link>
          </>
        }
      />
      {cases.error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(cases.error as Error).message} style={{ marginBottom: 16 }} />}
      <Card variant="borderless" styles={{ body: { paddingTop: 4 } }} data-testid="intake-queue">
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Tabs
            activeKey={tab}
            onChange={(key) => update({ tab: key as TabKey })}
            items={TAB_KEYS.map((key) => ({
              key,
              label: (
                <Flex align="center" gap={6}>
                  {t(`intake.tab.${key}`)}
                  {counts.data?.[key] ? <Badge count={counts.data[key]} color={key === 'pending' ? '#1a4fa0' : key === 'refusal' ? '#c41d7f' : '#fa8c16'} /> : null}
                </Flex>
              ),
            }))}
            style={{ flex: '1 1 520px', marginBottom: 0 }}
          />
          <Segmented<WarningFilter>
            value={warning}
            onChange={(next) => update({ warning: next })}
            options={[
              { value: 'all', label: t('intake.warning.all') },
              { value: 'red', label: <Badge color="red" text={t('case.warning.red')} /> },
              { value: 'yellow', label: <Badge color="gold" text={t('case.warning.yellow')} /> },
            ]}
            data-testid="warning-filter"
          />
        </Flex>
        <Table<CaseSummary>
          rowKey="id"
          columns={columns}
          dataSource={cases.data?.cases ?? []}
          loading={cases.loading}
          scroll={{ x: 900 }}
          size="middle"
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: cases.data?.total ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (next) => update({ page: next }),
          }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(tab === 'pending' ? 'intake.emptyPending' : 'intake.empty')} /> }}
        />
      </Card>
    </>
  );
}
