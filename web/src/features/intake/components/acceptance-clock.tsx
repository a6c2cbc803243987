import { ClockCircleOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { CaseSummary } from '@/features/cases/shared/case-api';
import { runningClock } from '@/features/cases/shared/case-display';
import { WarningTag } from '@/features/cases/shared/case-status-tag';
import { formatDate } from '@/features/cases/shared/format';
import { useT } from '@/lib/i18n';

const COLOR = { none: '#389e0d', yellow: '#d48806', red: '#cf1322' } as const;

/**
 * The clock a case is on, with its warning colour: the 5-workday acceptance clock (行政许可法 第三十二条)
 * while it waits at the window, the supplement period during a notice, the decision clock after acceptance.
 */
export function CaseClock({ summary, compact = false }: { summary: CaseSummary; compact?: boolean }) {
  const t = useT();
  const clock = runningClock(summary);
  if (!clock) return <Typography.Text type="secondary">—</Typography.Text>;
  const overdue = summary.warning === 'red';
  const remaining = summary.remainingWorkdays;
  const label =
    clock.kind === 'supplement'
      ? t('intake.clock.supplement', { date: formatDate(clock.dueAt) })
      : overdue
        ? t('intake.clock.overdue')
        : remaining !== undefined
          ? t('intake.clock.remaining', { days: remaining })
          : t('intake.clock.due', { date: formatDate(clock.dueAt) });
  return (
    <Flex vertical={!compact} gap={compact ? 6 : 2} align={compact ? 'center' : 'flex-start'} data-testid="case-clock" data-warning={summary.warning}>
      <Flex align="center" gap={6}>
        <WarningTag warning={summary.warning} showNone={clock.kind !== 'supplement'} />
        <Typography.Text strong style={{ color: clock.kind === 'supplement' ? undefined : COLOR[summary.warning] }}>
          {label}
        </Typography.Text>
      </Flex>
      {clock.kind !== 'supplement' && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <ClockCircleOutlined /> {t(clock.kind === 'acceptance' ? 'intake.clock.acceptBy' : 'intake.clock.concludeBy', { date: formatDate(clock.dueAt) })}
        </Typography.Text>
      )}
    </Flex>
  );
}
