import { Flex, Steps, Tag, Typography } from 'antd';
import type { ComponentProps } from 'react';
import { isKnownRole, ROLE_DISPLAY } from '@/lib/roles';
import { useT } from '@/lib/i18n';
import type { CaseStatus } from '@/features/cases/shared/case-api';
import type { CaseTask, CaseWorkflow, WorkflowStep } from '../api/workbench';
import { TaskClock } from './task-clock';

type StepItem = NonNullable<ComponentProps<typeof Steps>['items']>[number];

const isActive = (task: CaseTask) => task.status === 'open' || task.status === 'claimed';

/**
 * Where each step stands: the step with active tasks is running; the steps before it have passed, those
 * after it wait. After a grant every step has passed; after a denial the deciding step shows the refusal.
 */
function stepStatus(index: number, current: number, workflow: CaseWorkflow, result: string | undefined): StepItem['status'] {
  if (current >= 0) return index < current ? 'finish' : index === current ? 'process' : 'wait';
  const concluded = workflow.caseStatus === 'concluded' || workflow.caseStatus === 'delivered';
  if (!concluded) return 'wait';
  if (result === 'denied') {
    const deniedAt = workflow.steps.findIndex((step) => workflow.tasks.some((task) => task.stepKey === step.key && task.decision === 'deny'));
    return index < deniedAt ? 'finish' : index === deniedAt ? 'error' : 'wait';
  }
  return 'finish';
}

function StepHolders({ tasks }: { tasks: readonly CaseTask[] }) {
  const t = useT();
  return (
    <Flex vertical gap={8} style={{ marginTop: 6 }}>
      {tasks.map((task) => (
        <Flex key={task.id} gap={12} wrap align="center" data-testid="step-holder">
          <Typography.Text style={{ fontSize: 13 }}>
            {task.assigneeId === null ? t('wb.step.pool', { department: task.departmentName ?? '' }) : t('wb.step.holder', { name: task.assigneeName ?? '' })}
          </Typography.Text>
          {task.kind !== 'step' && <Tag color="purple">{t(task.kind === 'signer' ? 'wb.kind.signer' : 'wb.kind.delegate')}</Tag>}
          {task.warning && task.remainingWorkdays !== null && <TaskClock warning={task.warning} remainingWorkdays={task.remainingWorkdays} dueAt={task.dueAt} />}
        </Flex>
      ))}
    </Flex>
  );
}

function describeStep(step: WorkflowStep, t: ReturnType<typeof useT>): string {
  const role = (code: string | undefined) => (code && isKnownRole(code) ? t(ROLE_DISPLAY[code].label) : code ?? '');
  const kind = t(`wb.step.kind.${step.kind}`);
  const where =
    step.kind === 'parallel'
      ? (step.branches ?? []).map((b) => `${b.departmentName ?? ''}${b.departmentId === step.departmentId ? `（${t('wb.step.lead')}）` : ''}`).join('、') +
        (step.join ? ` · ${t(`wb.step.join.${step.join}`)}` : '')
      : `${step.departmentName ?? ''} ${role(step.role)}`;
  return `${kind} · ${where} · ${t('wb.step.workdays', { days: step.workdays })}`;
}

/** The case's steps in order, the running one with who holds it and its step clock. */
export function WorkflowProgress({ workflow, status, result }: { workflow: CaseWorkflow; status: CaseStatus; result?: string | undefined }) {
  const t = useT();
  const active = workflow.tasks.filter(isActive);
  const current = workflow.steps.findIndex((step) => active.some((task) => task.stepKey === step.key));
  const items: StepItem[] = workflow.steps.map((step, index) => ({
    key: step.key,
    title: step.name,
    status: stepStatus(index, current, { ...workflow, caseStatus: status }, result),
    content: (
      <Flex vertical data-testid="workflow-step" data-step={step.key}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {describeStep(step, t)}
        </Typography.Text>
        {index === current && <StepHolders tasks={active.filter((task) => task.stepKey === step.key)} />}
      </Flex>
    ),
  }));
  return <Steps orientation="vertical" size="small" current={Math.max(current, 0)} items={items} />;
}
