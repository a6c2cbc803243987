import { Menu, type MenuProps } from 'antd';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useT } from '@/lib/i18n';
import type { NavEntry } from '@/lib/nav-context';
import { MENU_GROUPS } from '../routes';

type MenuItem = Required<MenuProps>['items'][number];

/** The side menu, built from the user's entries of the route table, grouped as MENU_GROUPS says. */
export function AppMenu({ entries }: { entries: readonly NavEntry[] }) {
  const t = useT();
  const location = useLocation();

  const items = useMemo<MenuItem[]>(() => {
    const result: MenuItem[] = [];
    const groups = new Map<string, MenuItem[]>();
    for (const entry of entries) {
      const item: MenuItem = { key: entry.path, icon: entry.icon, label: <Link to={entry.path}>{t(entry.title)}</Link> };
      if (!entry.group) {
        result.push(item);
        continue;
      }
      if (!groups.has(entry.group)) {
        const children: MenuItem[] = [];
        groups.set(entry.group, children);
        const spec = Object.values(MENU_GROUPS).find((group) => group.title === entry.group);
        result.push({ key: `group:${entry.group}`, icon: spec?.icon, label: t(entry.group), children });
      }
      groups.get(entry.group)?.push(item);
    }
    return result;
  }, [entries, t]);

  const openKeys = useMemo(() => [...new Set(entries.flatMap((entry) => (entry.group ? [`group:${entry.group}`] : [])))], [entries]);
  const selected = entries
    .map((entry) => entry.path)
    .filter((path) => (path === '/' ? location.pathname === '/' : location.pathname.startsWith(path)))
    .sort((a, b) => b.length - a.length)[0];

  return <Menu mode="inline" items={items} selectedKeys={selected ? [selected] : []} defaultOpenKeys={openKeys} style={{ borderInlineEnd: 'none' }} />;
}
