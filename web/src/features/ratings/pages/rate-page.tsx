import { LockOutlined, NumberOutlined } from '@ant-design/icons';
import { PUBLIC_CHANNELS, type PublicChannel } from '@core/ratings/channels';
import { Alert, Button, Card, Flex, Form, Input, Result, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { GuideShell } from '@/features/guide/components/guide-shell';
import { formatDate } from '@/features/cases/shared/format';
import { ApiError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { useReportError } from '@/lib/use-report-error';
import { getPublicRatingInfo, ratePublicly, type RatingOutcome, type RatingValues } from '../api/ratings';
import { RatingPanel } from '../components/rating-panel';

const channelOf = (value: string | null): PublicChannel => ((PUBLIC_CHANNELS as readonly string[]).includes(value ?? '') ? (value as PublicChannel) : 'qr');

/** The case number and query code, when the link did not bring them (the kiosk asks for them). */
function LookupForm({ onFound }: { onFound: (caseNo: string, queryCode: string) => void }) {
  const t = useT();
  return (
    <Form<{ caseNo: string; queryCode: string }> layout="vertical" requiredMark={false} onFinish={(v) => onFound(v.caseNo.trim(), v.queryCode.trim())}>
      <Form.Item name="caseNo" label={t('case.caseNo')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input prefix={<NumberOutlined />} size="large" maxLength={40} autoComplete="off" style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Form.Item name="queryCode" label={t('case.queryCode')} rules={[{ required: true, pattern: /^\d{6}$/, message: t('progress.codeRule') }]}>
        <Input prefix={<LockOutlined />} size="large" maxLength={6} inputMode="numeric" autoComplete="off" style={{ fontFamily: 'monospace', letterSpacing: 2 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block data-testid="rate-lookup">
        {t('rating.public.find')}
      </Button>
    </Form>
  );
}

/**
 * `/rate?caseNo=…&queryCode=…&channel=qr|sms|kiosk` (public): rate a case without signing in. The QR code on the
 * decision and the SMS link bring both numbers; the hall's kiosk asks for them and starts over for the next person.
 */
export default function RatePage() {
  const t = useT();
  const report = useReportError();
  const [params, setParams] = useSearchParams();
  const caseNo = params.get('caseNo') ?? '';
  const queryCode = params.get('queryCode') ?? '';
  const channel = channelOf(params.get('channel'));
  const complete = caseNo !== '' && /^\d{6}$/.test(queryCode);
  const info = useQuery((signal) => (complete ? getPublicRatingInfo(caseNo, queryCode, signal) : Promise.resolve(null)), [caseNo, queryCode]);
  const [outcome, setOutcome] = useState<RatingOutcome | null>(null);

  useEffect(() => {
    document.title = `${t('rating.public.title')} · ${t('app.name')}`;
  }, [t]);

  function startOver(next: Record<string, string> = {}) {
    setOutcome(null);
    setParams({ ...(channel !== 'qr' ? { channel } : {}), ...next });
  }

  async function rate(values: RatingValues) {
    try {
      setOutcome(await ratePublicly({ ...values, caseNo, queryCode, channel }));
    } catch (error) {
      report(error);
    }
  }

  const missing = info.error instanceof ApiError && info.error.status === 404;
  let body;
  if (outcome) {
    body = (
      <Result
        status="success"
        title={t('rating.thanks')}
        subTitle={outcome.rectification ? t('rating.thanksBad', { date: formatDate(outcome.rectification.dueAt) }) : undefined}
        extra={channel === 'kiosk' && <Button type="primary" size="large" onClick={() => startOver()}>{t('rating.public.next')}</Button>}
        data-testid="rate-done"
      />
    );
  } else if (!complete || missing) {
    body = (
      <>
        {missing && <Alert type="warning" showIcon title={t('progress.notFound')} style={{ marginBottom: 16 }} data-testid="rate-not-found" />}
        <LookupForm onFound={(no, code) => startOver({ caseNo: no, queryCode: code })} />
      </>
    );
  } else if (!info.data) {
    body = info.error ? <Alert type="error" showIcon title={(info.error as Error).message} /> : <Flex justify="center"><Spin /></Flex>;
  } else if (info.data.rated) {
    body = <Result status="info" title={t('rating.public.already')} data-testid="rate-already" />;
  } else if (!info.data.rateable) {
    body = <Result status="info" title={t('rating.public.notYet')} data-testid="rate-not-yet" />;
  } else {
    body = <RatingPanel onSubmit={rate} large={channel === 'kiosk'} />;
  }

  return (
    <GuideShell>
      <div style={{ maxWidth: 720, margin: '0 auto', padding: '24px 16px 40px' }}>
        <Card variant="borderless" data-testid="rate-page">
          <Typography.Title level={3} style={{ marginTop: 0 }}>{t('rating.public.title')}</Typography.Title>
          {info.data && !outcome ? (
            <Typography.Paragraph>
              <Typography.Text strong>{info.data.itemName}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontFamily: 'monospace', marginLeft: 8 }}>{info.data.caseNo}</Typography.Text>
            </Typography.Paragraph>
          ) : (
            <Typography.Paragraph type="secondary">{t('rating.public.subtitle')}</Typography.Paragraph>
          )}
          {body}
        </Card>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 16, fontSize: 12 }}>
          {t('rating.public.privacy')}
        </Typography.Paragraph>
      </div>
    </GuideShell>
  );
}
