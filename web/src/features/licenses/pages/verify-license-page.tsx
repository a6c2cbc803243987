import { NumberOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { PublicPage } from '@/components/public-page';
import { ApiError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { verifyLicense, type PublicLicense } from '../api/licenses';
import { LicenseFacts } from '../components/license-facts';
import { LicenseStatusBadge } from '../components/license-status';

function Verdict({ license }: { license: PublicLicense }) {
  const t = useT();
  return (
    <Card variant="borderless" style={{ marginTop: 16 }} data-testid="license-verdict">
      <LicenseStatusBadge status={license.status} />
      <Typography.Paragraph style={{ textAlign: 'center', margin: '12px 0', fontFamily: 'monospace', fontSize: 16 }} data-testid="license-number">
        {t('license.verify.number')}：{license.number}
      </Typography.Paragraph>
      {license.status !== 'invalid' && <LicenseFacts license={license} />}
      <Flex vertical gap={2} style={{ marginTop: 12 }}>
        {license.keyId && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('license.verify.signature', { keys: license.keyId })}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('license.verify.checkedOn', { date: license.checkedOn })}
        </Typography.Text>
      </Flex>
    </Card>
  );
}

/**
 * `/verify/license/:number` (public, no login): the page a license's QR code opens. The server recomputes
 * the signature, so the badge says valid, revoked, expired or invalid (a changed record); the holder is masked.
 */
export default function VerifyLicensePage() {
  const t = useT();
  const navigate = useNavigate();
  const { number = '' } = useParams();
  const result = useQuery((signal) => (number ? verifyLicense(number, signal) : Promise.resolve(undefined)), [number]);
  const missing = result.error instanceof ApiError && result.error.status === 404;

  return (
    <PublicPage maxWidth={720}>
        <Card variant="borderless" data-testid="license-lookup">
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            <SafetyCertificateOutlined style={{ color: '#1a4fa0' }} /> {t('license.verify.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('license.verify.subtitle')}</Typography.Paragraph>
          <Form
            key={number}
            layout="inline"
            name="verify-license"
            initialValues={{ number }}
            onFinish={({ number: typed }: { number: string }) => navigate(`/verify/license/${encodeURIComponent(typed.trim())}`)}
            style={{ rowGap: 8 }}
          >
            <Form.Item name="number" rules={[{ required: true, whitespace: true, message: t('common.required') }]} style={{ flex: '1 1 260px' }}>
              <Input prefix={<NumberOutlined />} placeholder={t('license.verify.number')} maxLength={40} size="large" style={{ fontFamily: 'monospace' }} autoComplete="off" />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" loading={result.loading && !!number}>
              {t('license.verify.submit')}
            </Button>
          </Form>
        </Card>
        {number && result.loading && !result.data && <Card variant="borderless" style={{ marginTop: 16 }}><Skeleton active /></Card>}
        {result.error !== undefined && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 16 }}
            title={missing ? t('license.verify.notFound') : (result.error as Error).message}
            data-testid="license-error"
          />
        )}
        {result.data && !result.error && <Verdict license={result.data} />}
    </PublicPage>
  );
}
