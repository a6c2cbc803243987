import { SolutionOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '@/app/routes';

const CaseWorkPage = lazy(() => import('./pages/case-work-page'));

/** A case at work (办件), reached from my tasks or the department's cases; not listed in the menu. */
export const WORKBENCH_PAGES: readonly AppRoute[] = [
  { path: '/work/cases/:id', title: 'menu.deptCases', icon: <SolutionOutlined />, page: CaseWorkPage, audience: ['handler', 'approver', 'supervisor', 'clerk'] },
];
