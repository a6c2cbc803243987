import { Flex, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { CaseNoCell } from '@/features/cases/shared/case-table';
import { formatTime } from '@/features/cases/shared/format';
import { useT } from '@/lib/i18n';
import type { Urge } from '../api/supervision';
import { URGE_DISPLAY } from './labels';

/** Urges (催办) with their status and reply; `action` adds a last column (acknowledge, reply). */
export function UrgesTable({ urges, action, testId }: { urges: Urge[]; action?: (u: Urge) => ReactNode; testId: string }) {
  const t = useT();
  return (
    <Table<Urge>
      rowKey="id" size="small" dataSource={urges} pagination={{ pageSize: 20, hideOnSinglePage: true }} scroll={{ x: 1150 }} data-testid={testId}
      locale={{ emptyText: t('sv.urges.empty') }}
      columns={[
        {
          title: t('sv.list.case'), key: 'no', width: 210,
          render: (_, u) => <CaseNoCell to={`/work/cases/${encodeURIComponent(u.caseId)}`} caseNo={u.caseNo} note={u.itemName} />,
        },
        { title: t('sv.list.department'), dataIndex: 'departmentName', width: 150 },
        {
          title: t('sv.urges.message'), key: 'm', width: 260,
          render: (_, u) => (
            <Flex vertical gap={2}>
              <span>{u.message}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('sv.urges.createdAt')} {formatTime(u.createdAt)}</Typography.Text>
            </Flex>
          ),
        },
        { title: t('sv.urges.replyDue'), key: 'd', width: 140, render: (_, u) => formatTime(u.replyDueAt) },
        {
          title: t('sv.urges.status'), key: 's', width: 110,
          render: (_, u) => <Tag color={URGE_DISPLAY[u.status].color} data-status={u.status}>{t(URGE_DISPLAY[u.status].label)}</Tag>,
        },
        {
          title: t('sv.urges.reply'), key: 'r',
          render: (_, u) => (u.reply
            ? <Flex vertical gap={2}><span>{u.reply}</span><Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatTime(u.repliedAt)}</Typography.Text></Flex>
            : <Typography.Text type="secondary">—</Typography.Text>),
        },
        ...(action ? [{ title: t('common.actions'), key: 'a', width: 140, fixed: 'right' as const, render: (_: unknown, u: Urge) => action(u) }] : []),
      ]}
    />
  );
}
