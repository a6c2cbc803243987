import { DashboardOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '@/app/routes';

/** The statistics dashboard (数据看板), listed in the menu for leaders (analyst), supervisors and admins. */
export const STATISTICS_APP_ROUTES: readonly AppRoute[] = [
  { path: '/dashboard', title: 'menu.dashboard', icon: <DashboardOutlined />, page: lazy(() => import('./pages/dashboard-page')), audience: ['analyst', 'supervisor', 'admin'] },
];
