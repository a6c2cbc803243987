import { AuditOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '@/app/routes';

const IntakeCasePage = lazy(() => import('./pages/intake-case-page'));

/** A case at the window, reached from the queue or the refusal list; not listed in the menu. */
export const INTAKE_PAGES: readonly AppRoute[] = [
  { path: '/intake/:id', title: 'menu.intake', icon: <AuditOutlined />, page: IntakeCasePage, audience: ['clerk', 'approver', 'supervisor'] },
];
