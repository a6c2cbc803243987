import { Empty, Flex, Tag, Typography } from 'antd';
import { formatTime } from '@/features/cases/shared/format';
import { useT } from '@/lib/i18n';
import type { CaseTask, CaseWorkflow } from '../api/workbench';

const DECISION_COLORS: Record<NonNullable<CaseTask['decision']>, string> = {
  approve: 'green', consent: 'green', deny: 'red', return: 'orange', transfer: 'blue', delegate: 'purple',
};

/**
 * Every recorded opinion of the case, oldest first: who decided what on which step, on whose behalf (AB岗),
 * with the words they gave. A withdrawn approval stays listed (its record is kept) and is marked so.
 */
export function OpinionList({ workflow }: { workflow: CaseWorkflow }) {
  const t = useT();
  const stepName = (key: string) => workflow.steps.find((step) => step.key === key)?.name ?? key;
  const decided = workflow.tasks
    .filter((task) => task.decision !== null && task.completedAt !== null)
    .sort((a, b) => (a.completedAt ?? '').localeCompare(b.completedAt ?? ''));
  if (decided.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('wb.case.noOpinions')} />;
  return (
    <Flex vertical data-testid="opinions">
      {decided.map((task, index) => {
        const decision = task.decision!;
        const withdrawn = task.status === 'cancelled';
        return (
          <Flex
            key={task.id}
            vertical
            gap={4}
            style={{ padding: '10px 0', borderTop: index === 0 ? undefined : '1px solid #eef1f6', opacity: withdrawn ? 0.6 : 1 }}
            data-testid="opinion"
            data-decision={decision}
          >
            <Flex gap={8} align="center" wrap>
              <Tag color={DECISION_COLORS[decision]} style={{ marginInlineEnd: 0 }}>
                {t(`wb.decision.${decision}`)}
              </Tag>
              {withdrawn && <Tag>{t('wb.decision.withdrawn')}</Tag>}
              <Typography.Text strong>{stepName(task.stepKey)}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {task.completedByName ?? t('wb.opinion.system')}
                {task.onBehalfOfName && t('wb.opinion.onBehalf', { name: task.onBehalfOfName })}
                {task.departmentName && ` · ${task.departmentName}`}
                {` · ${formatTime(task.completedAt)}`}
              </Typography.Text>
            </Flex>
            {task.returnTo && <Typography.Text type="warning">{t('wb.opinion.returnTo', { step: stepName(task.returnTo) })}</Typography.Text>}
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} type={task.opinion ? undefined : 'secondary'}>
              {task.opinion ?? t('wb.opinion.empty')}
            </Typography.Paragraph>
          </Flex>
        );
      })}
    </Flex>
  );
}
