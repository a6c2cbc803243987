import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { buildTree, type TreeNode } from '@/lib/tree';
import type { Department } from '../api/departments';

interface DepartmentOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: DepartmentOption[];
}

function toOptions(nodes: TreeNode<Department>[], disabled: ReadonlySet<string>, regionName?: (code: string) => string | undefined): DepartmentOption[] {
  return nodes.map((node) => {
    const region = regionName?.(node.regionCode);
    return {
      value: node.id,
      title: region && node.parentId === null ? `${node.name} · ${region}` : node.name,
      disabled: disabled.has(node.id),
      children: node.children && toOptions(node.children, disabled),
    };
  });
}

/** Orders siblings by name in the collation of the UI (pinyin order for Chinese). */
export const byName = (a: Department, b: Department) => a.name.localeCompare(b.name, 'zh-CN');

/** Picks a department from the department tree; `disabledIds` cannot be chosen (a node's own subtree as its parent). */
export function DepartmentSelect({
  departments,
  value,
  onChange,
  placeholder,
  disabledIds,
  allowClear = false,
  regionName,
  style,
  id,
  loading,
  disabled,
}: {
  departments: readonly Department[];
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  disabledIds?: ReadonlySet<string>;
  allowClear?: boolean;
  regionName?: (code: string) => string | undefined;
  style?: React.CSSProperties;
  id?: string;
  loading?: boolean;
  disabled?: boolean;
}) {
  const treeData = useMemo(
    () => toOptions(buildTree(departments, (d) => d.id, (d) => d.parentId, byName), disabledIds ?? new Set(), regionName),
    [departments, disabledIds, regionName],
  );
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? undefined)}
      treeData={treeData}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      style={{ width: '100%', ...style }}
      loading={loading}
      disabled={disabled}
      popupMatchSelectWidth={false}
    />
  );
}
