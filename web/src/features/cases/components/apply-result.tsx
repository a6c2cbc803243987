import { CheckCircleFilled, FileSearchOutlined, ProfileOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '@/lib/i18n';
import { formatDate } from '../shared/format';
import type { SubmittedCase } from '../shared/submit-api';

/** After a submission: the case number and the query code to keep, and where to follow the case. */
export function ApplyResult({ result, itemName }: { result: SubmittedCase; itemName: string }) {
  const t = useT();
  const progress = `/progress?caseNo=${encodeURIComponent(result.caseNo)}&queryCode=${result.queryCode}`;
  return (
    <Card variant="borderless" data-testid="apply-result">
      <Result
        icon={<CheckCircleFilled style={{ color: '#389e0d' }} />}
        title={t('case.apply.doneTitle')}
        subTitle={t('case.apply.doneSubtitle', { item: itemName })}
        style={{ paddingBottom: 8 }}
      />
      <Descriptions
        bordered
        column={1}
        size="middle"
        style={{ maxWidth: 520, margin: '0 auto 20px' }}
        items={[
          {
            key: 'caseNo',
            label: t('case.caseNo'),
            children: (
              <Typography.Text copyable strong style={{ fontFamily: 'monospace', fontSize: 16 }} data-testid="result-case-no">
                {result.caseNo}
              </Typography.Text>
            ),
          },
          {
            key: 'queryCode',
            label: t('case.queryCode'),
            children: (
              <Typography.Text copyable strong style={{ fontFamily: 'monospace', fontSize: 16, letterSpacing: 2 }} data-testid="result-query-code">
                {result.queryCode}
              </Typography.Text>
            ),
          },
          ...(result.acceptanceDueAt
            ? [{ key: 'due', label: t('case.acceptanceDue'), children: t('case.apply.acceptBy', { date: formatDate(result.acceptanceDueAt) }) }]
            : []),
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', maxWidth: 520, margin: '0 auto 20px' }}>
        {t('case.apply.keepCodes')}
      </Typography.Paragraph>
      <Flex gap={12} justify="center" wrap>
        <Link to={`/my-cases/${encodeURIComponent(result.id)}`}>
          <Button type="primary" icon={<ProfileOutlined />}>
            {t('case.apply.viewCase')}
          </Button>
        </Link>
        <Link to={progress}>
          <Button icon={<FileSearchOutlined />}>{t('case.apply.viewProgress')}</Button>
        </Link>
      </Flex>
    </Card>
  );
}
