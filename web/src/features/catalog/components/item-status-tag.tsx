import { Tag } from 'antd';
import type { ItemStatus } from '@core/catalog/vocabulary';
import { useT } from '@/lib/i18n';

const COLOR: Record<ItemStatus, string> = { draft: 'gold', published: 'green', retired: 'default' };

/** 草稿 / 已发布 / 已废止, with the version when given. */
export function ItemStatusTag({ status, version }: { status: ItemStatus; version?: number }) {
  const t = useT();
  return (
    <Tag color={COLOR[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`catalog.status.${status}`)}
      {version !== undefined && ` v${version}`}
    </Tag>
  );
}
