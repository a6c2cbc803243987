import { AuditOutlined, CheckCircleFilled, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Result, Select, Skeleton, Steps, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApplicationForm } from '@/features/cases/shared/application-form';
import { formatDate } from '@/features/cases/shared/format';
import { getGuide, searchItems } from '@/features/cases/shared/guide-api';
import { ItemSummary } from '@/features/cases/shared/item-summary';
import type { SubmittedCase } from '@/features/cases/shared/submit-api';
import { PageHeader } from '@/components/page-header';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import type { WalkInApplicant } from '../api/intake';
import { ApplicantFinder } from '../components/applicant-finder';
import { WindowTicketPanel } from '@/features/hall/components/window-ticket-panel';

/** The result at the counter: numbers to hand over, and the way on to the acceptance decision. */
function WindowResult({ result, applicant, onNext }: { result: SubmittedCase; applicant: WalkInApplicant; onNext: () => void }) {
  const t = useT();
  return (
    <Card variant="borderless" data-testid="window-result">
      <Result
        icon={<CheckCircleFilled style={{ color: '#389e0d' }} />}
        title={t('intake.window.doneTitle')}
        subTitle={t('intake.window.doneSubtitle', { name: applicant.name })}
        extra={
          <Flex gap={12} justify="center" wrap>
            <Link to={`/intake/${encodeURIComponent(result.id)}`}>
              <Button type="primary" icon={<AuditOutlined />} data-testid="review-now">
                {t('intake.window.reviewNow')}
              </Button>
            </Link>
            <Button icon={<PlusOutlined />} onClick={onNext}>
              {t('intake.window.next')}
            </Button>
          </Flex>
        }
      />
      <Descriptions
        bordered
        column={1}
        style={{ maxWidth: 480, margin: '0 auto' }}
        items={[
          { key: 'caseNo', label: t('case.caseNo'), children: <Typography.Text copyable strong style={{ fontFamily: 'monospace' }}>{result.caseNo}</Typography.Text> },
          { key: 'queryCode', label: t('case.queryCode'), children: <Typography.Text copyable strong style={{ fontFamily: 'monospace', letterSpacing: 2 }}>{result.queryCode}</Typography.Text> },
          ...(result.acceptanceDueAt ? [{ key: 'due', label: t('case.acceptanceDue'), children: formatDate(result.acceptanceDueAt) }] : []),
        ]}
      />
    </Card>
  );
}

/**
 * `/intake/window` (窗口收件): a clerk applies for a walk-in applicant: find or register the applicant,
 * choose the item, fill its form and take the materials (uploads, or paper originals ticked).
 */
export default function WindowApplyPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const itemCode = params.get('item') ?? undefined;
  const [applicant, setApplicant] = useState<WalkInApplicant | null>(null);
  const [q, setQ] = useState<string>();
  const [result, setResult] = useState<SubmittedCase | null>(null);
  const [attempt, setAttempt] = useState(0);
  const items = useQuery((signal) => searchItems(q, signal), [q]);
  const guide = useQuery((signal) => (itemCode ? getGuide(itemCode, signal) : Promise.resolve(undefined)), [itemCode]);
  const step = result ? 3 : !applicant ? 0 : !itemCode ? 1 : 2;

  function next() {
    setResult(null);
    setApplicant(null);
    setAttempt((n) => n + 1);
    setParams({});
  }

  return (
    <div style={{ maxWidth: 1000, margin: '0 auto' }} data-testid="window-apply">
      <PageHeader title={t('intake.window.title')} description={t('intake.window.description')} />
      <WindowTicketPanel caseId={result?.id} />
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Steps
          current={step}
          size="small"
          items={[
            { title: t('intake.window.step.applicant') },
            { title: t('intake.window.step.item') },
            { title: t('intake.window.step.form') },
            { title: t('intake.window.step.done') },
          ]}
        />
      </Card>
      {result && applicant ? (
        <WindowResult result={result} applicant={applicant} onNext={next} />
      ) : (
        <>
          <Card variant="borderless" title={t('intake.window.applicant')} style={{ marginBottom: 16 }}>
            <ApplicantFinder selected={applicant} onSelect={setApplicant} />
          </Card>
          <Card variant="borderless" title={t('intake.window.item')} style={{ marginBottom: 16 }}>
            <Select
              id="window-item"
              showSearch={{ filterOption: false, onSearch: (value) => setQ(value.trim() || undefined) }}
              value={itemCode}
              onChange={(code: string) => setParams(code ? { item: code } : {})}
              loading={items.loading}
              placeholder={t('intake.window.itemPlaceholder')}
              style={{ width: '100%', maxWidth: 560 }}
              options={(items.data?.items ?? []).map((item) => ({ value: item.code, label: `${item.name} · ${item.department.name}` }))}
              notFoundContent={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('intake.window.noItems')} />}
              allowClear
              data-testid="item-select"
            />
          </Card>
          {itemCode && guide.loading && <Skeleton active paragraph={{ rows: 6 }} />}
          {guide.data && applicant && (
            <>
              <ItemSummary guide={guide.data} showConditions={false} />
              <ApplicationForm key={`${attempt}:${applicant.id}:${guide.data.code}`} guide={guide.data} applicantId={applicant.id} onSubmitted={setResult} />
            </>
          )}
          {guide.data && !applicant && (
            <Typography.Text type="secondary">{t('intake.window.applicantFirst')}</Typography.Text>
          )}
        </>
      )}
    </div>
  );
}
