import { Button, Flex, Table, Tabs, Tag, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { formatTime } from '@/features/cases/shared/format';
import { useT } from '@/lib/i18n';
import type { CaseWarning, TaskWarning, WarningList } from '../api/supervision';
import { KIND_LABEL } from './labels';
import type { UrgeTarget } from './urge-modal';

function Light({ level }: { level: 'red' | 'yellow' }) {
  const t = useT();
  return <Tag color={level === 'red' ? 'red' : 'gold'} data-warning={level}>{t(level === 'red' ? 'stats.chart.red' : 'stats.chart.yellow')}</Tag>;
}

function Remaining({ days }: { days: number }) {
  const t = useT();
  return days === 0 ? <Typography.Text type="danger">{t('sv.list.overdue')}</Typography.Text> : <span>{t('sv.list.remainingDays', { days })}</span>;
}

const caseLink = (id: string, caseNo: string) => (
  <Link to={`/work/cases/${encodeURIComponent(id)}`} style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{caseNo}</Link>
);

/** The drill-down: red and yellow cases and step tasks, each with a 催办 button. */
export function WarningLists({ list, onUrge }: { list: WarningList | undefined; onUrge: (target: UrgeTarget) => void }) {
  const t = useT();
  const cases = (
    <Table<CaseWarning>
      rowKey="id" size="small" pagination={false} dataSource={list?.cases ?? []} scroll={{ x: 900 }} data-testid="warning-cases"
      onRow={(c) => ({ 'data-case-no': c.caseNo, 'data-warning': c.warning } as HTMLAttributes<HTMLElement>)}
      columns={[
        { title: t('sv.list.level'), key: 'w', width: 70, render: (_, c) => <Light level={c.warning} /> },
        { title: t('sv.list.case'), key: 'no', width: 200, render: (_, c) => caseLink(c.id, c.caseNo) },
        { title: t('sv.list.item'), dataIndex: 'itemName' },
        { title: t('sv.list.department'), dataIndex: 'departmentName' },
        {
          title: t('sv.list.kind'), key: 'kind', width: 150,
          render: (_, c) => <Flex gap={4} wrap>{t(KIND_LABEL[c.kind])}{c.statutoryBreach && <Tag color="volcano">{t('sv.list.statutoryBreach')}</Tag>}</Flex>,
        },
        { title: t('sv.list.due'), key: 'due', width: 150, render: (_, c) => formatTime(c.dueAt) },
        { title: t('sv.list.remaining'), key: 'left', width: 110, render: (_, c) => <Remaining days={c.remainingWorkdays} /> },
        {
          title: t('common.actions'), key: 'a', width: 80, fixed: 'right',
          render: (_, c) => <Button size="small" danger={c.warning === 'red'} onClick={() => onUrge({ caseId: c.id, caseNo: c.caseNo })} data-testid="urge-case">{t('sv.urge')}</Button>,
        },
      ]}
    />
  );
  const tasks = (
    <Table<TaskWarning>
      rowKey="id" size="small" pagination={false} dataSource={list?.tasks ?? []} scroll={{ x: 900 }} data-testid="warning-tasks"
      columns={[
        { title: t('sv.list.level'), key: 'w', width: 70, render: (_, x) => <Light level={x.warning} /> },
        { title: t('sv.list.case'), key: 'no', width: 200, render: (_, x) => caseLink(x.caseId, x.caseNo) },
        { title: t('sv.list.item'), dataIndex: 'itemName' },
        { title: t('sv.list.step'), dataIndex: 'stepKey', width: 100 },
        { title: t('sv.list.department'), dataIndex: 'departmentName' },
        { title: t('sv.list.assignee'), key: 'who', width: 100, render: (_, x) => x.assigneeName ?? <Typography.Text type="secondary">{t('sv.list.pool')}</Typography.Text> },
        { title: t('sv.list.due'), key: 'due', width: 150, render: (_, x) => formatTime(x.dueAt) },
        { title: t('sv.list.remaining'), key: 'left', width: 110, render: (_, x) => <Remaining days={x.remainingWorkdays} /> },
        {
          title: t('common.actions'), key: 'a', width: 80, fixed: 'right',
          render: (_, x) => <Button size="small" onClick={() => onUrge({ caseId: x.caseId, caseNo: x.caseNo, taskId: x.id, stepKey: x.stepKey })} data-testid="urge-task">{t('sv.urge')}</Button>,
        },
      ]}
    />
  );
  return (
    <Tabs size="small" items={[
      { key: 'cases', label: t('sv.list.cases', { total: list?.totalCases ?? 0 }), children: cases },
      { key: 'tasks', label: t('sv.list.tasks', { total: list?.totalTasks ?? 0 }), children: tasks },
    ]} />
  );
}
