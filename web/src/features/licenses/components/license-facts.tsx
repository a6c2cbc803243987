import { Descriptions, Typography } from 'antd';
import { formatTime } from '@/features/cases/shared/format';
import { useT } from '@/lib/i18n';
import type { CaseLicense, PublicLicense } from '../api/licenses';

type Facts = Pick<PublicLicense, 'licenseType' | 'holder' | 'department' | 'scope' | 'revokedAt' | 'revokedReason'> &
  Partial<Pick<CaseLicense, 'validity' | 'fields'>> & { issuedOn?: string };

/** What a license says: the same rows on the public page (holder masked by the server) and on the case. */
export function LicenseFacts({ license, columns = 1 }: { license: Facts; columns?: number }) {
  const t = useT();
  const rows = [
    license.licenseType && { key: 'type', label: t('license.field.type'), children: license.licenseType },
    license.holder && {
      key: 'holder', label: t('license.field.holder'),
      children: (
        <span data-testid="license-holder">
          {license.holder.name}
          <br />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {license.holder.idLabel} <span style={{ fontFamily: 'monospace' }}>{license.holder.idNumber}</span>
          </Typography.Text>
        </span>
      ),
    },
    ...(license.fields ?? []).map((field, i) => ({ key: `f${i}`, label: field.label, children: field.value })),
    license.scope && { key: 'scope', label: t('license.field.scope'), children: license.scope },
    license.validity && { key: 'validity', label: t('license.field.validity'), children: t('license.validity', license.validity) },
    license.department && { key: 'department', label: t('license.field.department'), children: license.department },
    license.issuedOn && { key: 'issuedOn', label: t('license.field.issuedOn'), children: license.issuedOn },
    license.revokedReason && { key: 'revokedReason', label: t('license.field.revokedReason'), children: license.revokedReason },
    license.revokedAt && { key: 'revokedAt', label: t('license.field.revokedAt'), children: formatTime(license.revokedAt) },
  ].filter((row) => !!row);
  return <Descriptions size="small" bordered column={columns} items={rows} styles={{ label: { whiteSpace: 'nowrap' } }} />;
}
