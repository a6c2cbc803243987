import { Tag } from 'antd';
import { useT } from '@/lib/i18n';
import type { RegionLevel } from '../api/regions';

const COLORS: Record<RegionLevel, string> = { province: 'red', city: 'orange', county: 'blue', township: 'default' };

/** 省级 / 市级 / 县级 / 乡镇 as a tag. */
export function RegionLevelTag({ level }: { level: RegionLevel }) {
  const t = useT();
  return <Tag color={COLORS[level]}>{t(`region.level.${level}`)}</Tag>;
}
