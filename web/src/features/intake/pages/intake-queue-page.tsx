import { FormOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Card, Flex, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { listCases, type CaseStatus, type CaseSummary } from '@/features/cases/shared/case-api';
import { CaseStatusTag } from '@/features/cases/shared/case-status-tag';
import { CaseNoCell, CasePageTable, WarningSegmented, type WarningFilter } from '@/features/cases/shared/case-table';
import { formatTime } from '@/features/cases/shared/format';
import { PageHeader } from '@/components/page-header';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { CaseClock } from '../components/acceptance-clock';
import { SourceTags } from '../components/source-tags';

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
        <CaseNoCell to={`/intake/${encodeURIComponent(c.id)}`} caseNo={caseNo} note={t('intake.receivedAt', { time: formatTime(c.receivedAt) })} />
      ),
    },
    { title: t('intake.col.item'), dataIndex: 'itemName', key: 'item', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
    {
      title: t('intake.col.source'),
      key: 'source',
      width: 150,
      render: (_, c) => (
        <Flex gap={4} wrap>
          <SourceTags summary={c} />
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
          <WarningSegmented value={warning} onChange={(next) => update({ warning: next })} allLabel={t('intake.warning.all')} />
        </Flex>
        <CasePageTable
          columns={columns}
          cases={cases}
          page={page}
          pageSize={PAGE_SIZE}
          onPage={(next) => update({ page: next })}
          scrollX={900}
          empty={t(tab === 'pending' ? 'intake.emptyPending' : 'intake.empty')}
        />
      </Card>
    </>
  );
}
