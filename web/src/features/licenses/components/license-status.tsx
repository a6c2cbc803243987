import { CheckCircleFilled, ClockCircleFilled, CloseCircleFilled, StopFilled } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT, type MessageKey } from '@/lib/i18n';
import type { LicenseStatus } from '../api/licenses';

/** Colour, icon and words of each status: valid green, revoked red, expired grey, invalid red. */
const LOOK: Record<LicenseStatus, { color: string; tag: string; icon: ReactNode; label: MessageKey; hint: MessageKey }> = {
  valid: { color: '#389e0d', tag: 'success', icon: <CheckCircleFilled />, label: 'license.status.valid', hint: 'license.status.validHint' },
  revoked: { color: '#cf1322', tag: 'error', icon: <StopFilled />, label: 'license.status.revoked', hint: 'license.status.revokedHint' },
  expired: { color: '#8c8c8c', tag: 'default', icon: <ClockCircleFilled />, label: 'license.status.expired', hint: 'license.status.expiredHint' },
  invalid: { color: '#cf1322', tag: 'error', icon: <CloseCircleFilled />, label: 'license.status.invalid', hint: 'license.verify.invalidHint' },
};

/** The status as a small tag, for lists and the case panel. */
export function LicenseStatusTag({ status }: { status: LicenseStatus }) {
  const t = useT();
  return (
    <Tag color={LOOK[status].tag} icon={LOOK[status].icon} data-testid="license-status" data-status={status}>
      {t(LOOK[status].label)}
    </Tag>
  );
}

/** The status as the verification page shows it: a big coloured badge with what it means. */
export function LicenseStatusBadge({ status }: { status: LicenseStatus }) {
  const t = useT();
  const look = LOOK[status];
  return (
    <Flex vertical align="center" gap={4} style={{ padding: '20px 12px', borderRadius: 8, background: `${look.color}14`, border: `2px solid ${look.color}` }} data-testid="license-badge" data-status={status}>
      <span style={{ fontSize: 56, lineHeight: 1, color: look.color }}>{look.icon}</span>
      <Typography.Title level={2} style={{ margin: '8px 0 0', color: look.color }}>
        {t(look.label)}
      </Typography.Title>
      <Typography.Text style={{ color: look.color, textAlign: 'center' }}>{t(look.hint)}</Typography.Text>
    </Flex>
  );
}
