import { Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import type { CaseSummary } from './case-api';
import { CaseStatusTag } from './case-status-tag';

/**
 * The card atop a staff page about one case: the item, its status and marks, the copyable case number with when
 * it was received and by which department, and the page's own clock and buttons on the right.
 */
export function CaseHeaderCard({ summary: c, tags, received, departmentName, caseNoTestId, extra }: {
  summary: CaseSummary;
  /** Marks the page adds after the status (channel, round). */
  tags?: ReactNode;
  /** "received …" in the page's own words. */
  received: string;
  departmentName?: string | undefined;
  caseNoTestId: string;
  extra: ReactNode;
}) {
  const t = useT();
  return (
    <Card variant="borderless" style={{ marginBottom: 16 }}>
      <Flex justify="space-between" gap={16} wrap>
        <Flex vertical gap={8}>
          <Flex gap={8} align="center" wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {c.itemName}
            </Typography.Title>
            <CaseStatusTag status={c.status} result={c.result} />
            {tags}
            {c.commitment && <Tag color="purple">{t('case.commitment.tag')}</Tag>}
            {c.deemedAccepted && <Tag color="red">{t('case.action.deemAccepted')}</Tag>}
          </Flex>
          <Typography.Text type="secondary">
            {t('case.caseNo')}{' '}
            <Typography.Text copyable style={{ fontFamily: 'monospace' }} data-testid={caseNoTestId}>
              {c.caseNo}
            </Typography.Text>
            {' · '}
            {received}
            {departmentName && ` · ${departmentName}`}
          </Typography.Text>
        </Flex>
        {extra}
      </Flex>
    </Card>
  );
}
