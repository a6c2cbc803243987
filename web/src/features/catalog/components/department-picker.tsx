import { TreeSelect } from 'antd';
import { createContext, useContext, useMemo, type CSSProperties } from 'react';
import { buildTree, type TreeNode } from '@/lib/tree';
import type { Department, Region } from '../api/departments';

/** The departments and regions the admin reaches, loaded once by the page and shared by every picker. */
export interface Organization {
  departments: readonly Department[];
  regions: readonly Region[];
}

export const OrganizationContext = createContext<Organization>({ departments: [], regions: [] });

/** The organization of the page. */
export function useOrganization(): Organization & { departmentName: (id: string | undefined) => string | undefined } {
  const organization = useContext(OrganizationContext);
  const names = useMemo(() => new Map(organization.departments.map((d) => [d.id, d.name])), [organization.departments]);
  return { ...organization, departmentName: (id) => (id ? names.get(id) : undefined) };
}

interface Option {
  value: string;
  title: string;
  children?: Option[];
}

function toOptions(nodes: readonly TreeNode<Department>[], regionName: (code: string) => string | undefined, top: boolean): Option[] {
  return nodes.map((node) => {
    const region = top ? regionName(node.regionCode) : undefined;
    return { value: node.id, title: region ? `${node.name} · ${region}` : node.name, children: node.children && toOptions(node.children, regionName, false) };
  });
}

/** Picks a department from the tree the admin reaches; top-level entries name their region. */
export function DepartmentPicker({
  value,
  onChange,
  placeholder,
  allowClear,
  disabled,
  style,
  id,
  only,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  id?: string;
  /** Limit the choice to these ids (a parallel step's lead among its branches). */
  only?: readonly string[];
}) {
  const { departments, regions } = useContext(OrganizationContext);
  const treeData = useMemo(() => {
    const names = new Map(regions.map((r) => [r.code, r.name]));
    const rows = only ? departments.filter((d) => only.includes(d.id)) : departments;
    const tree = buildTree(rows, (d) => d.id, (d) => d.parentId, (a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name, 'zh-CN'));
    return toOptions(tree, (code) => names.get(code), new Set(rows.map((d) => d.regionCode)).size > 1);
  }, [departments, regions, only]);
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next ?? undefined)}
      treeData={treeData}
      placeholder={placeholder}
      allowClear={allowClear}
      disabled={disabled}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      style={{ width: '100%', ...style }}
    />
  );
}
