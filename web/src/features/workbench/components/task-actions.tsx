import { CheckOutlined, CloseOutlined, RollbackOutlined, SwapOutlined, UndoOutlined, UserAddOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useAuth } from '@/lib/auth-context';
import { useT, type Translate } from '@/lib/i18n';
import { claimTask, withdrawTask, type CaseTask, type CaseWorkflow, type Colleague, type TaskActionResult } from '../api/workbench';
import { approveLabel, DecisionModal, type Decision } from './decision-modal';
import { HandoverModal, type Handover } from './handover-modal';
import { TaskClock } from './task-clock';
import { useRunAction } from './use-run-action';

/** The toast after an action: what happened to the case, or what the action did. */
function successText(result: TaskActionResult, kind: string, t: Translate): string {
  if (result.outcome === 'concluded') return t(result.result === 'denied' ? 'wb.done.denied' : 'wb.done.granted');
  if (result.outcome === 'returned') return t('wb.done.return');
  switch (kind) {
    case 'claim': case 'transfer': case 'delegate': case 'add_signer': case 'withdraw': return t(`wb.done.${kind}`);
    default: return t('wb.done.approve');
  }
}

const HANDOVER_ICONS: Record<Handover, ReactNode> = {
  transfer: <SwapOutlined />,
  delegate: <UserAddOutlined />,
  add_signer: <UsergroupAddOutlined />,
};

/**
 * The tasks of this case the viewer may act on now, each with exactly the operations the server would
 * accept (the workflow's `actions`): claim, approve, return, deny, transfer, delegate, add signer, withdraw.
 */
export function TaskActions({ workflow, caseStatus, colleagues, onChanged }: { workflow: CaseWorkflow; caseStatus: string; colleagues: readonly Colleague[]; onChanged: () => void }) {
  const t = useT();
  const { user } = useAuth();
  const { run, busy } = useRunAction(onChanged);
  const [decision, setDecision] = useState<{ task: CaseTask; decision: Decision } | null>(null);
  const [handover, setHandover] = useState<{ task: CaseTask; kind: Handover } | null>(null);
  const actionable = workflow.tasks.filter((task) => task.actions.length > 0);
  const stepName = (key: string) => workflow.steps.find((step) => step.key === key)?.name ?? key;

  if (actionable.length === 0) {
    if (caseStatus === 'suspended') return <Alert type="info" showIcon title={t('wb.case.suspendedHint')} />;
    if (caseStatus === 'concluded' || caseStatus === 'delivered') return <Alert type="success" showIcon title={t('wb.case.concludedHint')} />;
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wb.case.noActions')} />;
  }

  const submitFrom = (close: () => void, kind: string) => (work: () => Promise<TaskActionResult>, form: Parameters<typeof run>[3]) => {
    void run(kind, work, (result) => successText(result, kind, t), form).then((closeIt) => {
      if (closeIt) close();
    });
  };

  return (
    <Flex vertical gap={16} data-testid="task-actions">
      {actionable.map((task) => {
        const can = (kind: string) => task.actions.includes(kind as CaseTask['actions'][number]);
        return (
          <Flex key={task.id} vertical gap={8} data-testid="actionable-task" data-task-id={task.id} data-step={task.stepKey}>
            <Flex gap={6} align="center" wrap>
              <Typography.Text strong>{stepName(task.stepKey)}</Typography.Text>
              {task.kind !== 'step' && <Tag color="purple">{t(task.kind === 'signer' ? 'wb.kind.signer' : 'wb.kind.delegate')}</Tag>}
              {task.status === 'open' && task.assigneeId === null && <Tag color="blue">{t('wb.tasks.state.pool')}</Tag>}
              {task.status === 'claimed' && <Tag color="green">{t('wb.tasks.state.claimed')}</Tag>}
              {task.decision === 'approve' && <Tag color="green">{t('wb.decision.approve')}</Tag>}
              {task.assigneeId !== null && task.assigneeId !== user?.id && (
                <Tooltip title={t('wb.tasks.onBehalfTip', { name: task.assigneeName ?? '' })}>
                  <Tag color="orange">{t('wb.tasks.onBehalf', { name: task.assigneeName ?? '' })}</Tag>
                </Tooltip>
              )}
            </Flex>
            {task.warning && task.remainingWorkdays !== null && <TaskClock warning={task.warning} remainingWorkdays={task.remainingWorkdays} dueAt={task.dueAt} />}
            {task.note && (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('wb.tasks.note', { note: task.note })}
              </Typography.Text>
            )}
            <Flex gap={8} wrap>
              {can('claim') && (
                <Button loading={busy === 'claim'} onClick={() => void run('claim', () => claimTask(task.id), (r) => successText(r, 'claim', t))} data-testid="action-claim">
                  {t('wb.action.claim')}
                </Button>
              )}
              {can('approve') && (
                <Button type="primary" icon={<CheckOutlined />} onClick={() => setDecision({ task, decision: 'approve' })} data-testid="action-approve">
                  {t(`wb.action.${approveLabel(task, workflow.steps)}`)}
                </Button>
              )}
              {can('return') && (
                <Button icon={<RollbackOutlined />} onClick={() => setDecision({ task, decision: 'return' })} data-testid="action-return">
                  {t('wb.action.return')}
                </Button>
              )}
              {can('deny') && (
                <Button danger icon={<CloseOutlined />} onClick={() => setDecision({ task, decision: 'deny' })} data-testid="action-deny">
                  {t('wb.action.deny')}
                </Button>
              )}
            </Flex>
            <Flex gap={8} wrap>
              {(['transfer', 'delegate', 'add_signer'] as const).filter(can).map((kind) => (
                <Button key={kind} size="small" type="dashed" icon={HANDOVER_ICONS[kind]} onClick={() => setHandover({ task, kind })} data-testid={`action-${kind}`}>
                  {t(`wb.action.${kind}`)}
                </Button>
              ))}
              {can('withdraw') && (
                <Popconfirm
                  title={t('wb.withdraw.confirm')}
                  onConfirm={() => run('withdraw', () => withdrawTask(task.id, ''), (r) => successText(r, 'withdraw', t))}
                  okButtonProps={{ loading: busy === 'withdraw' }}
                >
                  <Button icon={<UndoOutlined />} data-testid="action-withdraw">
                    {t('wb.action.withdraw')}
                  </Button>
                </Popconfirm>
              )}
            </Flex>
          </Flex>
        );
      })}
      <DecisionModal
        task={decision?.task ?? null}
        decision={decision?.decision ?? 'approve'}
        steps={workflow.steps}
        busy={busy === 'decision'}
        onSubmit={submitFrom(() => setDecision(null), 'decision')}
        onClose={() => setDecision(null)}
      />
      <HandoverModal
        task={handover?.task ?? null}
        kind={handover?.kind ?? 'transfer'}
        steps={workflow.steps}
        colleagues={colleagues}
        busy={busy === handover?.kind}
        onSubmit={submitFrom(() => setHandover(null), handover?.kind ?? 'transfer')}
        onClose={() => setHandover(null)}
      />
    </Flex>
  );
}
