import { ClockCircleOutlined, ExclamationCircleFilled, RightOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '@/lib/i18n';
import type { CaseSummary } from '../shared/case-api';
import { runningClock } from '../shared/case-display';
import { CaseStatusTag, WarningTag } from '../shared/case-status-tag';
import { formatDate, formatTime } from '../shared/format';

/** One of the applicant's cases in the list: item, number, status, and what is due when. */
export function CaseCard({ summary }: { summary: CaseSummary }) {
  const t = useT();
  const clock = runningClock(summary);
  const needsAction = summary.status === 'correction_required';
  return (
    <Link to={`/my-cases/${encodeURIComponent(summary.id)}`} data-testid="case-card" data-case-no={summary.caseNo}>
      <Card
        hoverable
        size="small"
        style={{ borderInlineStart: needsAction ? '3px solid #fa8c16' : '3px solid transparent' }}
        styles={{ body: { padding: '14px 16px' } }}
      >
        <Flex align="center" gap={12}>
          <Flex vertical gap={6} style={{ flex: 1, minWidth: 0 }}>
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong style={{ fontSize: 15 }}>
                {summary.itemName}
              </Typography.Text>
              <CaseStatusTag status={summary.status} result={summary.result} audience="public" />
              <WarningTag warning={summary.warning} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('case.caseNo')} <span style={{ fontFamily: 'monospace' }}>{summary.caseNo}</span> · {t('case.submittedAt', { time: formatTime(summary.receivedAt) })}
            </Typography.Text>
            {needsAction && clock && (
              <Typography.Text style={{ color: '#d46b08', fontSize: 13 }}>
                <ExclamationCircleFilled /> {t('case.card.supplementBy', { date: formatDate(clock.dueAt) })}
              </Typography.Text>
            )}
            {!needsAction && clock && (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                <ClockCircleOutlined /> {t(clock.kind === 'acceptance' ? 'case.card.acceptBy' : 'case.card.concludeBy', { date: formatDate(clock.dueAt) })}
              </Typography.Text>
            )}
          </Flex>
          <RightOutlined style={{ color: '#8a94a6' }} />
        </Flex>
      </Card>
    </Link>
  );
}
