import { DesktopOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Result, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { PageHeader } from '@/components/page-header';
import { formatDate, formatTime } from '@/features/cases/shared/format';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { openWindowRating, rateAtWindow, type RatingOutcome, type RatingValues, type WindowRating } from '../api/ratings';
import { RatingPanel } from '../components/rating-panel';

// After a rating the device thanks the applicant, then waits for the next case.
const THANKS_MS = 8_000;

/**
 * `/window-rating` (clerk): the window's rating device (窗口评价器). The clerk opens it for the case just handled;
 * the applicant rates on the device with a one-time token, so the rating is theirs, recorded as the window
 * channel, and the clerk cannot submit twice.
 */
export default function WindowRatingPage() {
  const t = useT();
  const report = useReportError();
  const [opened, setOpened] = useState<WindowRating | null>(null);
  const [outcome, setOutcome] = useState<RatingOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => { setOutcome(null); setOpened(null); }, THANKS_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  async function open(values: { caseNo: string }) {
    setBusy(true);
    try {
      setOpened(await openWindowRating(values.caseNo.trim()));
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  }

  async function rate(values: RatingValues) {
    if (!opened) return;
    try {
      setOutcome(await rateAtWindow(opened.token, values));
    } catch (error) {
      report(error);
    }
  }

  if (outcome) {
    return (
      <Card variant="borderless" data-testid="window-done">
        <Result
          status="success"
          title={<span style={{ fontSize: 32 }}>{t('rating.thanks')}</span>}
          subTitle={outcome.rectification ? t('rating.thanksBad', { date: formatDate(outcome.rectification.dueAt) }) : undefined}
          extra={<Button size="large" onClick={() => { setOutcome(null); setOpened(null); }}>{t('rating.window.next')}</Button>}
        />
      </Card>
    );
  }
  if (opened) {
    return (
      <Card variant="borderless" style={{ maxWidth: 900, margin: '0 auto' }} data-testid="window-device">
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
          <Typography.Title level={2} style={{ margin: 0 }}>{t('rating.window.ask')}</Typography.Title>
          <Typography.Text style={{ fontSize: 18 }}>{opened.itemName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace' }}>{opened.caseNo}</Typography.Text>
        </Flex>
        <RatingPanel onSubmit={rate} large />
        <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
          <Typography.Text type="secondary">{t('rating.window.expires', { time: formatTime(opened.expiresAt) })}</Typography.Text>
          <Button type="link" onClick={() => setOpened(null)}>{t('common.cancel')}</Button>
        </Flex>
      </Card>
    );
  }
  return (
    <>
      <PageHeader title={t('rating.window.title')} description={t('rating.window.description')} />
      <Card variant="borderless" style={{ maxWidth: 560 }}>
        <Form<{ caseNo: string }> layout="vertical" requiredMark={false} onFinish={(values) => void open(values)}>
          <Form.Item name="caseNo" label={t('case.caseNo')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input size="large" maxLength={40} autoComplete="off" style={{ fontFamily: 'monospace' }} data-testid="window-case-no" />
          </Form.Item>
          <Button type="primary" htmlType="submit" size="large" icon={<DesktopOutlined />} loading={busy} data-testid="window-open">
            {t('rating.window.open')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
