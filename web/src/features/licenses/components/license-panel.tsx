import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { getCase, type CaseDetail } from '@/features/cases/shared/case-api';
import { formatTime } from '@/features/cases/shared/format';
import { ApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth-context';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { getCaseLicense, type CaseLicense, type DeliveryMethod } from '../api/licenses';
import { DeliverButton } from './deliver-button';
import { LicenseFacts } from './license-facts';
import { LicenseStatusTag } from './license-status';
import { RevokeButton } from './revoke-button';

// Statuses in which a case has a result to show (a decision, perhaps a license).
const DECIDED = ['concluded', 'delivered', 'revoked'];

function DeliveryLine({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const event = detail.timeline.findLast((e) => e.action === 'deliver');
  if (!event) return <Typography.Text type="secondary">{t('license.delivery.none')}</Typography.Text>;
  const method = event.details.method as DeliveryMethod;
  const trackingNo = typeof event.details.trackingNo === 'string' ? event.details.trackingNo : null;
  return (
    <Flex vertical data-testid="license-delivery">
      <Typography.Text type="success">{t('license.delivery.done', { at: formatTime(event.at), method: t(`license.delivery.method.${method}`) })}</Typography.Text>
      {trackingNo && <Typography.Text type="secondary">{t('license.delivery.tracking', { no: trackingNo })}</Typography.Text>}
    </Flex>
  );
}

/**
 * A case's result: its electronic license (status, what it says, download, the public verification page)
 * and its delivery. Staff see the actions their roles allow: clerks and handlers record the delivery,
 * approvers and admins revoke. The applicant's download counts as the delivery (docs/licenses.md).
 */
export function LicensePanel({ caseId, onChanged }: { caseId: string; onChanged?: () => void }) {
  const t = useT();
  const { user } = useAuth();
  const detail = useQuery((signal) => getCase(caseId, signal), [caseId]);
  const license = useQuery((signal) => getCaseLicense(caseId, signal).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }), [caseId]);
  const c = detail.data;
  if (c && !DECIDED.includes(c.status)) return null;

  const reload = () => {
    detail.reload();
    license.reload();
    onChanged?.();
  };
  const roles = user?.kind === 'staff' ? user.roles : [];
  const applicant = user?.kind === 'applicant';
  const owed = c?.result === 'granted' && c.deferredMaterials.length > 0;
  const l: CaseLicense | null | undefined = license.data;

  return (
    <Card
      variant="borderless"
      title={<><SafetyCertificateOutlined /> {t('license.panel.title')}</>}
      extra={l && <LicenseStatusTag status={l.status} />}
      style={{ marginBottom: 16 }}
      data-testid="license-panel"
    >
      {!c || license.loading && l === undefined ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          {license.error !== undefined && <Alert type="error" showIcon title={(license.error as Error).message} />}
          {l === null && <Typography.Text type="secondary">{t('license.panel.none')}</Typography.Text>}
          {l && (
            <>
              <Typography.Text copyable={{ text: l.number }} style={{ fontFamily: 'monospace' }} data-testid="license-no">{l.number}</Typography.Text>
              <LicenseFacts license={l} />
              <Flex gap={8} wrap>
                {/* The applicant's download (in a new tab) delivers the case: read it again shortly after. */}
                <Button icon={<DownloadOutlined />} href={l.pdfPath} target="_blank" rel="noopener" disabled={applicant && owed} onClick={() => applicant && window.setTimeout(reload, 1500)} data-testid="license-download">
                  {t('license.panel.download')}
                </Button>
                <Button type="link" href={l.verifyPath} target="_blank" rel="noopener">
                  {t('license.panel.verify')}
                </Button>
              </Flex>
              {applicant && c.status === 'concluded' && !owed && <Typography.Text type="secondary">{t('license.panel.downloadDelivers')}</Typography.Text>}
            </>
          )}
          {owed && c.status === 'concluded' && <Alert type="warning" showIcon title={t('license.deliver.waiting')} />}
          <DeliveryLine detail={c} />
          <Flex gap={8} wrap>
            {c.status === 'concluded' && !owed && roles.some((r) => r === 'clerk' || r === 'handler') && <DeliverButton caseId={caseId} onDelivered={reload} />}
            {l && (l.status === 'valid' || l.status === 'expired') && roles.some((r) => r === 'approver' || r === 'admin') && (
              <RevokeButton licenseId={l.id} number={l.number} onRevoked={reload} />
            )}
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
