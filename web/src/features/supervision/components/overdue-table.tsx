import { Flex, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { CaseNoCell } from '@/features/cases/shared/case-table';
import { formatTime } from '@/features/cases/shared/format';
import { useT } from '@/lib/i18n';
import type { OverdueRecord } from '../api/supervision';
import { EXPLANATION_DISPLAY, KIND_LABEL } from './labels';

/** Overdue records (超时记录) with the written explanation beside each; `action` adds a last column. */
export function OverdueTable({ records, action, testId }: { records: OverdueRecord[]; action?: (r: OverdueRecord) => ReactNode; testId: string }) {
  const t = useT();
  return (
    <Table<OverdueRecord>
      rowKey="id" size="small" dataSource={records} pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: 1150 }} data-testid={testId}
      locale={{ emptyText: t('sv.overdue.empty') }}
      columns={[
        {
          title: t('sv.list.case'), key: 'no', width: 210,
          render: (_, r) => <CaseNoCell to={`/work/cases/${encodeURIComponent(r.caseId)}`} caseNo={r.caseNo} note={r.itemName} />,
        },
        { title: t('sv.list.department'), dataIndex: 'departmentName', width: 150 },
        { title: t('sv.overdue.handler'), key: 'h', width: 100, render: (_, r) => r.handlerName ?? t('sv.overdue.department') },
        { title: t('sv.list.kind'), key: 'k', width: 90, render: (_, r) => t(KIND_LABEL[r.kind]) },
        { title: t('sv.overdue.overdueOn'), dataIndex: 'overdueOn', width: 110 },
        {
          title: t('sv.overdue.status'), key: 's', width: 180,
          render: (_, r) => (
            <Flex vertical gap={2}>
              <Tag color={EXPLANATION_DISPLAY[r.status].color} data-status={r.status} style={{ width: 'fit-content' }}>{t(EXPLANATION_DISPLAY[r.status].label)}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.explainedAt ? formatTime(r.explainedAt) : `${t('sv.overdue.explanationDue')} ${formatTime(r.explanationDueAt)}`}
              </Typography.Text>
            </Flex>
          ),
        },
        {
          title: t('sv.overdue.explanation'), key: 'e',
          render: (_, r) => (r.explanation
            ? <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, expandable: true }}>{r.explanation}{r.explainedLate && <Tag color="orange" style={{ marginInlineStart: 6 }}>{t('sv.overdue.explainedLate')}</Tag>}</Typography.Paragraph>
            : <Typography.Text type="secondary">—</Typography.Text>),
        },
        ...(action ? [{ title: t('common.actions'), key: 'a', width: 100, fixed: 'right' as const, render: (_: unknown, r: OverdueRecord) => action(r) }] : []),
      ]}
    />
  );
}
