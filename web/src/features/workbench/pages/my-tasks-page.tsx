import { ReloadOutlined } from '@ant-design/icons';
import type { HTMLAttributes } from 'react';
import { Alert, Badge, Button, Card, Empty, Flex, Segmented, Table, Tabs, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageHeader } from '@/components/page-header';
import { useAuth } from '@/lib/auth-context';
import { useT, type Translate } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { claimTask, listColleagues, listMyTasks, type TaskSummary } from '../api/workbench';
import { TaskClock } from '../components/task-clock';
import { useRunAction } from '../components/use-run-action';

/** The tabs: my own work, my department's pool, my absent colleagues' work (AB岗), everything. */
const TABS = {
  mine: (task: TaskSummary, me: string) => task.onBehalfOf === null && task.assigneeId === me,
  pool: (task: TaskSummary) => task.onBehalfOf === null && task.assigneeId === null,
  onBehalf: (task: TaskSummary) => task.onBehalfOf !== null,
  all: () => true,
} as const satisfies Record<string, (task: TaskSummary, me: string) => boolean>;
type TabKey = keyof typeof TABS;
const TAB_KEYS = Object.keys(TABS) as TabKey[];
type WarningFilter = 'all' | 'red' | 'yellow';

/** Where a task stands for the list: waiting for its suspended case, in the pool, assigned but untouched, or claimed. */
function taskState(task: TaskSummary, t: Translate) {
  if (task.suspended) return <Tag color="purple">{t('case.status.suspended')}</Tag>;
  if (task.assigneeId === null) return <Tag color="blue">{t('wb.tasks.state.pool')}</Tag>;
  return task.status === 'claimed' ? <Tag color="green">{t('wb.tasks.state.claimed')}</Tag> : <Tag color="cyan">{t('wb.tasks.state.open')}</Tag>;
}

/** `/work/tasks` (我的待办): the signed-in handler's or approver's tasks, soonest due first. */
export default function MyTasksPage() {
  const t = useT();
  const navigate = useNavigate();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const warningParam = params.get('warning');
  const warning: WarningFilter = warningParam === 'red' || warningParam === 'yellow' ? warningParam : 'all';

  const tasks = useQuery((signal) => listMyTasks(signal), []);
  const colleagues = useQuery((signal) => listColleagues(signal), []);
  const { run, busy } = useRunAction(tasks.reload);
  const me = user?.id ?? '';
  const all = tasks.data ?? [];
  // Without a chosen tab, the first that holds work: my own, else the pool to claim from, else my colleagues'.
  const tab: TabKey = TAB_KEYS.includes(tabParam as TabKey)
    ? (tabParam as TabKey)
    : (['mine', 'pool', 'onBehalf'] as const).find((key) => all.some((task) => TABS[key](task, me))) ?? 'mine';
  const inTab = all.filter((task) => TABS[tab](task, me));
  const shown = warning === 'all' ? inTab : inTab.filter((task) => task.warning === warning);
  const nameOf = (id: string) => colleagues.data?.find((c) => c.id === id)?.name ?? t('wb.tasks.colleague');

  function update(next: { tab?: TabKey; warning?: WarningFilter }) {
    const merged = { tab, warning, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([key, value]) => !(key === 'warning' && value === 'all'))));
  }

  const open = (task: TaskSummary) => navigate(`/work/cases/${encodeURIComponent(task.caseId)}`, { state: { from: 'tasks' } });
  const columns: TableColumnsType<TaskSummary> = [
    { title: t('wb.tasks.col.clock'), key: 'clock', width: 190, render: (_, task) => <TaskClock warning={task.warning} remainingWorkdays={task.remainingWorkdays} dueAt={task.dueAt} /> },
    {
      title: t('wb.tasks.col.case'),
      key: 'case',
      render: (_, task) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{task.itemName}</Typography.Text>
          <Link to={`/work/cases/${encodeURIComponent(task.caseId)}`} state={{ from: 'tasks' }} style={{ fontFamily: 'monospace', fontSize: 13 }} data-testid="task-case-link">
            {task.caseNo}
          </Link>
        </Flex>
      ),
    },
    {
      title: t('wb.tasks.col.step'),
      key: 'step',
      width: 260,
      render: (_, task) => (
        <Flex vertical gap={4}>
          <Flex gap={4} wrap align="center">
            <Typography.Text>{task.stepName ?? task.stepKey}</Typography.Text>
            {task.kind !== 'step' && <Tag color="purple">{t(task.kind === 'signer' ? 'wb.kind.signer' : 'wb.kind.delegate')}</Tag>}
            {task.onBehalfOf && (
              <Tooltip title={t('wb.tasks.onBehalfTip', { name: nameOf(task.onBehalfOf) })}>
                <Tag color="orange" data-testid="on-behalf-tag">
                  {t('wb.tasks.onBehalf', { name: nameOf(task.onBehalfOf) })}
                </Tag>
              </Tooltip>
            )}
          </Flex>
          {task.note && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: task.note }}>
              {t('wb.tasks.note', { note: task.note })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('wb.tasks.col.state'), key: 'state', width: 110, render: (_, task) => taskState(task, t) },
    { title: t('wb.tasks.col.arrived'), dataIndex: 'createdOn', key: 'arrived', width: 120 },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, task) => (
        <Flex gap={8}>
          {task.assigneeId === null && (
            <Button
              size="small"
              type="primary"
              loading={busy === task.id}
              onClick={() => void run(task.id, () => claimTask(task.id), () => t('wb.done.claim'))}
              data-testid="claim-task"
            >
              {t('wb.tasks.claim')}
            </Button>
          )}
          <Button size="small" type={task.assigneeId === null ? 'default' : 'primary'} onClick={() => open(task)} data-testid="open-task">
            {t('wb.tasks.handle')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('wb.tasks.title')}
        description={t('wb.tasks.description')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={tasks.reload}>
            {t('common.reload')}
          </Button>
        }
      />
      {tasks.error !== undefined && <Alert type="error" showIcon title={t('common.loadFailed')} description={(tasks.error as Error).message} style={{ marginBottom: 16 }} />}
      <Card variant="borderless" styles={{ body: { paddingTop: 4 } }} data-testid="my-tasks">
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Tabs
            activeKey={tab}
            onChange={(key) => update({ tab: key as TabKey })}
            items={TAB_KEYS.map((key) => {
              const count = all.filter((task) => TABS[key](task, me)).length;
              return {
                key,
                label: (
                  <Flex align="center" gap={6} data-testid={`tab-${key}`}>
                    {t(`wb.tasks.tab.${key}`)}
                    {key !== 'all' && count > 0 ? <Badge count={count} color={key === 'onBehalf' ? '#fa8c16' : '#1a4fa0'} /> : null}
                  </Flex>
                ),
              };
            })}
            style={{ flex: '1 1 420px', marginBottom: 0 }}
          />
          <Segmented<WarningFilter>
            value={warning}
            onChange={(next) => update({ warning: next })}
            options={[
              { value: 'all', label: t('wb.warning.all') },
              { value: 'red', label: <Badge color="red" text={`${t('case.warning.red')} ${inTab.filter((task) => task.warning === 'red').length}`} /> },
              { value: 'yellow', label: <Badge color="gold" text={`${t('case.warning.yellow')} ${inTab.filter((task) => task.warning === 'yellow').length}`} /> },
            ]}
          />
        </Flex>
        <Table<TaskSummary>
          rowKey="id"
          columns={columns}
          dataSource={shown}
          loading={tasks.loading}
          scroll={{ x: 960 }}
          size="middle"
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (total) => t('common.total', { total }) }}
          onRow={(task) => ({ 'data-testid': 'task-row', 'data-task-id': task.id, 'data-case-id': task.caseId }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wb.tasks.empty')} /> }}
        />
      </Card>
    </>
  );
}
