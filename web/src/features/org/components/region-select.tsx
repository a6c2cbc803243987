import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { buildTree, type TreeNode } from '@/lib/tree';
import type { Region, RegionLevel } from '../api/regions';

interface RegionOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: RegionOption[];
}

function toOptions(nodes: TreeNode<Region>[], disable: (region: Region) => boolean): RegionOption[] {
  return nodes.map((node) => ({
    value: node.code,
    title: `${node.name}（${node.code}）`,
    disabled: disable(node),
    children: node.children && toOptions(node.children, disable),
  }));
}

/** Sorts regions by code, which follows GB/T 2260's own order. */
export const byCode = (a: Region, b: Region) => a.code.localeCompare(b.code);

/** Picks a region from the region tree; levels can be excluded (a township cannot be a parent). */
export function RegionSelect({
  regions,
  value,
  onChange,
  placeholder,
  excludeLevels = [],
  allowClear = false,
  style,
  id,
  loading,
  disabled,
}: {
  regions: readonly Region[];
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  excludeLevels?: readonly RegionLevel[];
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
  loading?: boolean;
  disabled?: boolean;
}) {
  const treeData = useMemo(
    () => toOptions(buildTree(regions, (r) => r.code, (r) => r.parentCode, byCode), (r) => excludeLevels.includes(r.level)),
    [regions, excludeLevels],
  );
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next)}
      treeData={treeData}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll={regions.length < 200}
      style={{ width: '100%', ...style }}
      loading={loading}
      disabled={disabled}
      popupMatchSelectWidth={false}
    />
  );
}
