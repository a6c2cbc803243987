import { Tag } from 'antd';
import type { CaseSummary } from '@/features/cases/shared/case-api';
import { useT } from '@/lib/i18n';

/** Where a case came in (window or online) and, after a correction, which round it is on. */
export function SourceTags({ summary: c }: { summary: Pick<CaseSummary, 'channel' | 'round'> }) {
  const t = useT();
  return (
    <>
      <Tag color={c.channel === 'window' ? 'geekblue' : 'blue'}>{t(c.channel === 'window' ? 'intake.channel.window' : 'intake.channel.online')}</Tag>
      {c.round > 1 && <Tag color="orange">{t('intake.resubmitted', { round: c.round })}</Tag>}
    </>
  );
}
