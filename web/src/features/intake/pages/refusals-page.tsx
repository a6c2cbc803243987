import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { getCase, listCases, type CaseDetail } from '@/features/cases/shared/case-api';
import { formatTime } from '@/features/cases/shared/format';
import { PageHeader } from '@/components/page-header';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { CaseClock } from '../components/acceptance-clock';
import { DecideRefusal } from '../components/decide-refusal';

/** When the clerk proposed the refusal: the last proposal step. */
const proposedAt = (c: CaseDetail) => [...c.timeline].reverse().find((step) => step.action === 'proposeRefusal')?.at;

/**
 * `/refusals`: the clerks' refusal proposals waiting for an approver or supervisor (窗口无权否决), each
 * with its reason, to confirm or decline. The list gives no reason, so each case is read in full.
 */
export default function RefusalsPage() {
  const t = useT();
  const pending = useQuery(async (signal) => {
    const { cases, total } = await listCases({ status: ['refusal_pending'], limit: 100 }, signal);
    return { cases: await Promise.all(cases.map((c) => getCase(c.id, signal))), total };
  }, []);

  const columns: TableColumnsType<CaseDetail> = [
    { title: t('intake.col.clock'), key: 'clock', width: 190, render: (_, c) => <CaseClock summary={c} /> },
    {
      title: t('case.caseNo'),
      key: 'case',
      width: 260,
      render: (_, c) => (
        <>
          <Link to={`/intake/${encodeURIComponent(c.id)}`} style={{ fontFamily: 'monospace' }}>
            {c.caseNo}
          </Link>
          <Typography.Text style={{ display: 'block' }}>{c.itemName}</Typography.Text>
        </>
      ),
    },
    {
      title: t('intake.refusals.reason'),
      key: 'reason',
      render: (_, c) => (
        <>
          <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, expandable: true, symbol: t('intake.refusals.more') }}>
            {c.refusalReason ?? '—'}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('intake.refusals.proposedAt', { time: formatTime(proposedAt(c)) })}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 250,
      render: (_, c) => <DecideRefusal caseId={c.id} caseNo={c.caseNo} reason={c.refusalReason} onDecided={pending.reload} size="small" />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('intake.refusals.title')}
        description={t('intake.refusals.description')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={pending.reload}>
            {t('common.reload')}
          </Button>
        }
      />
      {pending.error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(pending.error as Error).message} style={{ marginBottom: 16 }} />}
      <Card variant="borderless" styles={{ body: { padding: 0 } }} data-testid="refusals">
        <Table<CaseDetail>
          rowKey="id"
          columns={columns}
          dataSource={pending.data?.cases ?? []}
          loading={pending.loading}
          scroll={{ x: 960 }}
          pagination={false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('intake.refusals.empty')} /> }}
        />
      </Card>
    </>
  );
}
