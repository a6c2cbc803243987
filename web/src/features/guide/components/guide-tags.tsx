import { Tag } from 'antd';
import { ONLINE_FROM_DEPTH } from '@core/catalog/vocabulary';
import { useLang, useT } from '@/lib/i18n';
import type { GuideSummary } from '../api/guides';
import { itemTypeName } from '../utils/format';

/** What an applicant looks for first: type, instant or promised, visits, online, free. */
export function GuideTags({ item }: { item: GuideSummary }) {
  const t = useT();
  const { lang } = useLang();
  const visits = Math.min(2, Math.max(0, item.visits)) as 0 | 1 | 2;
  return (
    <>
      <Tag color="geekblue">{itemTypeName(item.type, lang)}</Tag>
      <Tag color={item.handling === 'instant' ? 'green' : 'blue'}>{t(item.handling === 'instant' ? 'guide.instant' : 'guide.promisedItem')}</Tag>
      <Tag color={visits === 0 ? 'green' : visits === 1 ? 'cyan' : 'default'}>{t(`guide.visits${visits}`)}</Tag>
      {item.onlineDepth >= 4 ? <Tag color="green">{t('guide.fullyOnline')}</Tag> : item.onlineDepth >= ONLINE_FROM_DEPTH && <Tag color="cyan">{t('guide.onlineShort')}</Tag>}
      {item.free && <Tag color="gold">{t('guide.free')}</Tag>}
    </>
  );
}
