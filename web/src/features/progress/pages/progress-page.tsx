import { FileSearchOutlined, LockOutlined, NumberOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { CaseStatusTag } from '@/features/cases/shared/case-status-tag';
import { CaseTimeline } from '@/features/cases/shared/case-timeline';
import { formatDate, formatTime } from '@/features/cases/shared/format';
import { PublicPage } from '@/components/public-page';
import { ApiError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import { lookUpProgress, type PublicProgress } from '../api/progress';

interface Values {
  caseNo: string;
  queryCode: string;
}

function ProgressResult({ progress }: { progress: PublicProgress }) {
  const t = useT();
  return (
    <Card variant="borderless" style={{ marginTop: 16 }} data-testid="progress-result">
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {progress.itemName}
        </Typography.Title>
        <CaseStatusTag status={progress.status} result={progress.result} audience="public" />
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'caseNo', label: t('case.caseNo'), children: <span style={{ fontFamily: 'monospace' }}>{progress.caseNo}</span> },
          { key: 'received', label: t('case.receivedAt'), children: formatTime(progress.receivedAt) },
          ...(progress.dueAt ? [{ key: 'due', label: t('case.dueAt'), children: formatDate(progress.dueAt) }] : []),
        ]}
      />
      <CaseTimeline steps={progress.steps} audience="public" />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('progress.privacy')}
      </Typography.Text>
    </Card>
  );
}

/**
 * `/progress` (public): a case's status and steps by its number and query code, with no personal data.
 * The QR code on every notice opens it with both filled in.
 */
export default function ProgressPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [progress, setProgress] = useState<PublicProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const caseNo = params.get('caseNo') ?? '';
  const queryCode = params.get('queryCode') ?? '';

  useEffect(() => {
    form.setFieldsValue({ caseNo, queryCode });
    if (!caseNo || !/^\d{6}$/.test(queryCode)) return;
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    lookUpProgress(caseNo, queryCode, controller.signal).then(
      (found) => {
        setProgress(found);
        setLoading(false);
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        setProgress(null);
        setError(cause instanceof ApiError && cause.status === 404 ? t('progress.notFound') : cause instanceof Error ? cause.message : String(cause));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [caseNo, queryCode, form, t]);

  return (
    <PublicPage maxWidth={760}>
        <Card variant="borderless" data-testid="progress-lookup">
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            <FileSearchOutlined style={{ color: '#1a4fa0' }} /> {t('progress.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('progress.subtitle')}</Typography.Paragraph>
          <Form<Values>
            form={form}
            name="progress"
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => setParams({ caseNo: values.caseNo.trim(), queryCode: values.queryCode.trim() })}
          >
            <Flex gap={12} wrap align="flex-start">
              <Form.Item name="caseNo" label={t('case.caseNo')} rules={[{ required: true, whitespace: true, message: t('common.required') }]} style={{ flex: '2 1 240px', marginBottom: 12 }}>
                <Input prefix={<NumberOutlined />} maxLength={40} size="large" style={{ fontFamily: 'monospace' }} autoComplete="off" />
              </Form.Item>
              <Form.Item
                name="queryCode"
                label={t('case.queryCode')}
                rules={[{ required: true, pattern: /^\d{6}$/, message: t('progress.codeRule') }]}
                style={{ flex: '1 1 160px', marginBottom: 12 }}
              >
                <Input prefix={<LockOutlined />} maxLength={6} inputMode="numeric" size="large" style={{ fontFamily: 'monospace', letterSpacing: 2 }} autoComplete="off" />
              </Form.Item>
            </Flex>
            <Button type="primary" htmlType="submit" size="large" block loading={loading} data-testid="progress-submit">
              {t('progress.submit')}
            </Button>
          </Form>
        </Card>
        {error && <Alert type="warning" showIcon title={error} style={{ marginTop: 16 }} data-testid="progress-error" />}
        {loading && !progress && (
          <Flex justify="center" style={{ padding: 32 }}>
            <Spin />
          </Flex>
        )}
        {progress && !error && <ProgressResult progress={progress} />}
    </PublicPage>
  );
}
