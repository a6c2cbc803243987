import { App, Button, Card, Flex } from 'antd';
import { useEffect } from 'react';
import { PageHeader } from '@/components/page-header';
import { ActionModal } from '@/components/action-modal';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { useReportError } from '@/lib/use-report-error';
import { acknowledgeUrge, explainOverdue, getOverdueRecords, getUrges, replyToUrge, type OverdueRecord, type Urge } from '../api/supervision';
import { OverdueTable } from '../components/overdue-table';
import { UrgesTable } from '../components/urges-table';

const ANSWERABLE: readonly Urge['status'][] = ['open', 'acknowledged', 'escalated'];

/**
 * `/supervision/mine` (督办与说明; clerk, handler, approver): the urges on my and my department's cases, to
 * acknowledge and answer, and the overdue records to explain in writing (超时原因说明, DOMAIN.md §7).
 */
export default function MySupervisionPage() {
  const t = useT();
  const { message } = App.useApp();
  const report = useReportError();
  const urges = useQuery((signal) => getUrges({ mine: true }, signal), []);
  const records = useQuery((signal) => getOverdueRecords({ mine: true }, signal), []);

  useEffect(() => {
    document.title = `${t('sv.mine.title')} · ${t('app.name')}`;
  }, [t]);

  async function acknowledge(urge: Urge) {
    try {
      await acknowledgeUrge(urge.id);
      void message.success(t('sv.urges.acked'));
      urges.reload();
    } catch (error) {
      report(error);
    }
  }

  const urgeActions = (u: Urge) => (ANSWERABLE.includes(u.status) ? (
    <Flex gap={4}>
      {u.status === 'open' && <Button size="small" onClick={() => void acknowledge(u)} data-testid="urge-ack">{t('sv.urges.ack')}</Button>}
      <ActionModal
        button={t('sv.urges.reply')} title={t('sv.urges.replyTitle', { caseNo: u.caseNo })} testId="urge-reply"
        fields={[{ name: 'text', label: t('sv.urges.replyPlaceholder') }]}
        onSubmit={(values) => replyToUrge(u.id, values.text ?? '')} onDone={urges.reload}
      />
    </Flex>
  ) : null);
  const recordActions = (r: OverdueRecord) => (r.status === 'explained' ? null : (
    <ActionModal
      button={t('sv.overdue.explain')} title={t('sv.overdue.explainTitle', { caseNo: r.caseNo })} danger={r.status === 'late'} testId="overdue-explain"
      fields={[{ name: 'text', label: t('sv.overdue.explainPlaceholder'), rows: 4 }]}
      onSubmit={(values) => explainOverdue(r.id, values.text ?? '')} onDone={records.reload}
    />
  ));

  return (
    <div data-testid="my-supervision">
      <PageHeader title={t('sv.mine.title')} description={t('sv.mine.description')} />
      <Flex vertical gap={16}>
        <Card size="small" title={t('sv.mine.urges')} styles={{ body: { padding: 0 } }}>
          <UrgesTable urges={urges.data?.urges ?? []} action={urgeActions} testId="my-urges" />
        </Card>
        <Card size="small" title={t('sv.mine.overdue')} styles={{ body: { padding: 0 } }}>
          <OverdueTable records={records.data?.records ?? []} action={recordActions} testId="my-overdue" />
        </Card>
      </Flex>
    </div>
  );
}
