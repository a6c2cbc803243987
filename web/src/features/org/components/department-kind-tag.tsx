import { Tag } from 'antd';
import { useT } from '@/lib/i18n';
import type { DepartmentKind } from '../api/departments';

const COLORS: Record<DepartmentKind, string> = { bureau: 'blue', division: 'cyan', hall: 'gold', window: 'green' };

/** 委办局 / 处室 / 大厅 / 窗口 as a tag. */
export function DepartmentKindTag({ kind }: { kind: DepartmentKind }) {
  const t = useT();
  return <Tag color={COLORS[kind]}>{t(`department.kind.${kind}`)}</Tag>;
}
