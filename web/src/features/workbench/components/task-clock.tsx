import { ClockCircleOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { WarningLevel } from '@/features/cases/shared/case-api';
import { WarningTag } from '@/features/cases/shared/case-status-tag';
import { formatTime } from '@/features/cases/shared/format';
import { useT } from '@/lib/i18n';

const COLOR = { none: '#389e0d', yellow: '#d48806', red: '#cf1322' } as const;

/** A step clock (DOMAIN.md §5): the warning colour, the workdays left (today counts), and the due time. */
export function TaskClock({ warning, remainingWorkdays, dueAt }: { warning: WarningLevel; remainingWorkdays: number; dueAt: string }) {
  const t = useT();
  return (
    <Flex vertical gap={2} data-testid="task-clock" data-warning={warning}>
      <Flex align="center" gap={6}>
        <WarningTag warning={warning} showNone />
        <Typography.Text strong style={{ color: COLOR[warning], whiteSpace: 'nowrap' }}>
          {warning === 'red' ? t('wb.clock.overdue') : t('wb.clock.remaining', { days: remainingWorkdays })}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        <ClockCircleOutlined /> {t('wb.clock.dueBy', { time: formatTime(dueAt) })}
      </Typography.Text>
    </Flex>
  );
}
