import { FieldTimeOutlined, PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { SUSPENSION_KINDS } from '@core/cases/case-suspension';
import { Button, Descriptions, Flex, Popconfirm, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '@/features/cases/shared/case-api';
import { WarningTag } from '@/features/cases/shared/case-status-tag';
import { formatTime } from '@/features/cases/shared/format';
import { useAuth } from '@/lib/auth-context';
import { useLang, useT } from '@/lib/i18n';
import { resumeCase, type WorkflowStep } from '../api/workbench';
import { ExtendModal } from './extend-modal';
import { SuspendModal } from './suspend-modal';
import { useRunAction } from './use-run-action';

/** The open suspension as its `suspend` timeline step recorded it (kind, reason, expected length). */
function openSuspension(detail: CaseDetail) {
  if (detail.status !== 'suspended') return null;
  const step = [...detail.timeline].reverse().find((event) => event.action === 'suspend');
  const d = step?.details ?? {};
  return {
    kind: typeof d.kind === 'string' ? d.kind : '',
    reason: typeof d.reason === 'string' ? d.reason : '',
    expectedWorkdays: typeof d.expectedWorkdays === 'number' ? d.expectedWorkdays : null,
  };
}

/**
 * The decision clock (DOMAIN.md §5): promised and statutory limits, workdays left, warning, workdays
 * suspended and extended; and the clock actions of API.md for who may take them: suspend and resume
 * (handler, approver; 行政许可法 第四十五条), extend (approver, once; 第四十二条).
 */
export function CaseClocks({ detail, steps, onChanged }: { detail: CaseDetail; steps: readonly WorkflowStep[]; onChanged: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { user } = useAuth();
  const { run, busy } = useRunAction(onChanged);
  const [dialog, setDialog] = useState<'suspend' | 'extend' | null>(null);
  const roles = user?.roles ?? [];
  const mayPause = roles.includes('handler') || roles.includes('approver');
  const mayExtend = roles.includes('approver');
  const running = detail.status === 'in_progress' || detail.status === 'suspended';
  const suspension = openSuspension(detail);
  const kindLabel = (code: string) => SUSPENSION_KINDS.find((k) => k.code === code)?.[lang] ?? code;
  const days = (n: number) => t('wb.clocks.days', { days: n });

  // After a grant the running clock is the delivery clock (行政许可法 第四十四条: 10 workdays), not the decision's.
  const delivering = detail.status === 'concluded' && detail.result === 'granted';
  const items = [
    { key: 'warning', label: t(delivering ? 'wb.clocks.deliveryWarning' : 'wb.clocks.warning'), children: <WarningTag warning={detail.warning} showNone /> },
    {
      key: 'remaining',
      label: t(delivering ? 'wb.clocks.deliveryRemaining' : 'wb.clocks.remaining'),
      children: detail.warning === 'red' ? <Typography.Text type="danger">{t('wb.clock.overdue')}</Typography.Text> : detail.remainingWorkdays !== undefined ? days(detail.remainingWorkdays) : '—',
    },
    { key: 'due', label: t('wb.clocks.due'), children: formatTime(detail.dueAt) },
    { key: 'statutory', label: t('wb.clocks.statutoryDue'), children: formatTime(detail.statutoryDueAt) },
    {
      key: 'suspended',
      label: t('wb.clocks.suspended'),
      children: (
        <Flex vertical>
          <span>{days(detail.suspendedWorkdays)}</span>
          {suspension && (
            <Typography.Text type="warning" style={{ fontSize: 13 }} data-testid="open-suspension">
              {t('wb.clocks.suspendedNow', { kind: kindLabel(suspension.kind), reason: suspension.reason })}
              {suspension.expectedWorkdays !== null && ` · ${t('wb.clocks.expected', { days: suspension.expectedWorkdays })}`}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { key: 'extension', label: t('wb.clocks.extension'), children: days(detail.extensionDays) },
  ];

  return (
    <Flex vertical gap={12} data-testid="case-clocks" data-warning={detail.warning}>
      <Descriptions size="small" column={1} items={items} />
      {running && (mayPause || mayExtend) && (
        <Flex gap={8} wrap>
          {mayPause && detail.status === 'in_progress' && (
            <Button icon={<PauseCircleOutlined />} onClick={() => setDialog('suspend')} data-testid="clock-suspend">
              {t('wb.clocks.suspend')}
            </Button>
          )}
          {mayPause && detail.status === 'suspended' && (
            <Popconfirm title={t('wb.resume.confirm')} onConfirm={() => run('resume', () => resumeCase(detail.id), () => t('wb.resume.done'))} okButtonProps={{ loading: busy === 'resume' }}>
              <Button type="primary" icon={<PlayCircleOutlined />} data-testid="clock-resume">
                {t('wb.clocks.resume')}
              </Button>
            </Popconfirm>
          )}
          {mayExtend && (
            <Tooltip title={detail.extensionDays > 0 ? t('wb.clocks.extendedOnce') : undefined}>
              <Button icon={<FieldTimeOutlined />} disabled={detail.extensionDays > 0} onClick={() => setDialog('extend')} data-testid="clock-extend">
                {t('wb.clocks.extend')}
              </Button>
            </Tooltip>
          )}
        </Flex>
      )}
      <SuspendModal open={dialog === 'suspend'} caseId={detail.id} run={run} busy={busy === 'suspend'} onClose={() => setDialog(null)} />
      <ExtendModal open={dialog === 'extend'} caseId={detail.id} steps={steps} run={run} busy={busy === 'extend'} onClose={() => setDialog(null)} />
    </Flex>
  );
}
