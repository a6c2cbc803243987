import { CheckCircleOutlined, FileExclamationOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Tooltip, Typography } from 'antd';
import type { CaseDetail } from '@/features/cases/shared/case-api';
import { formatDate } from '@/features/cases/shared/format';
import { useT } from '@/lib/i18n';
import { DecideRefusal } from './decide-refusal';

/** The review so far: how many materials are marked, and how many have a problem. */
export interface ReviewProgress {
  reviewable: number;
  marked: number;
  problems: number;
  /** A problem mark without its words: the notice cannot go yet. */
  unwritten: number;
}

/**
 * What can be done with the case now, by whom: the clerk's three decisions while it waits at the window;
 * an approver's or supervisor's answer to a refusal proposal; otherwise where it stands.
 */
export function IntakeActions({ detail, progress, isClerk, canDecide, onAccept, onNotice, onRefuse, onChanged }: {
  detail: CaseDetail;
  progress: ReviewProgress;
  isClerk: boolean;
  canDecide: boolean;
  onAccept: () => void;
  onNotice: () => void;
  onRefuse: () => void;
  onChanged: () => void;
}) {
  const t = useT();
  if (detail.status === 'submitted' && isClerk) {
    const noticeBlocked = progress.problems === 0 ? t('intake.actions.markFirst') : progress.unwritten > 0 ? t('intake.actions.writeProblems') : null;
    return (
      <Flex vertical gap={12} data-testid="intake-actions">
        <div>
          <Flex justify="space-between">
            <Typography.Text type="secondary">{t('intake.actions.reviewed', { marked: progress.marked, total: progress.reviewable })}</Typography.Text>
            {progress.problems > 0 && <Typography.Text style={{ color: '#d46b08' }}>{t('intake.actions.problems', { count: progress.problems })}</Typography.Text>}
          </Flex>
          <Progress percent={progress.reviewable ? Math.round((progress.marked / progress.reviewable) * 100) : 100} showInfo={false} size="small" strokeColor={progress.problems ? '#fa8c16' : '#389e0d'} />
        </div>
        <Button type="primary" size="large" block icon={<CheckCircleOutlined />} onClick={onAccept} data-testid="accept">
          {t('intake.actions.accept')}
        </Button>
        <Tooltip title={noticeBlocked}>
          <Button size="large" block icon={<FileExclamationOutlined />} disabled={noticeBlocked !== null} onClick={onNotice} style={noticeBlocked ? undefined : { borderColor: '#fa8c16', color: '#d46b08' }} data-testid="issue-notice">
            {t('intake.actions.notice', { count: progress.problems })}
          </Button>
        </Tooltip>
        <Button danger block icon={<StopOutlined />} onClick={onRefuse} data-testid="propose-refusal">
          {t('intake.actions.refuse')}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('intake.actions.hint')}
        </Typography.Text>
      </Flex>
    );
  }
  if (detail.status === 'refusal_pending') {
    return (
      <Flex vertical gap={12} data-testid="intake-actions">
        <Alert type="warning" showIcon title={t('intake.actions.refusalPending')} description={t('case.step.reason', { reason: detail.refusalReason ?? '—' })} />
        {canDecide ? (
          <DecideRefusal caseId={detail.id} caseNo={detail.caseNo} reason={detail.refusalReason} onDecided={onChanged} />
        ) : (
          <Typography.Text type="secondary">{t('intake.actions.awaitDecision')}</Typography.Text>
        )}
      </Flex>
    );
  }
  const line =
    detail.status === 'correction_required'
      ? t('intake.actions.awaitSupplement', { date: formatDate(detail.supplementDueAt) })
      : detail.status === 'in_progress' || detail.status === 'suspended'
        ? t('intake.actions.accepted', { date: formatDate(detail.dueAt) })
        : t('intake.actions.closed');
  return (
    <Typography.Text type="secondary" data-testid="intake-actions">
      {line}
    </Typography.Text>
  );
}
