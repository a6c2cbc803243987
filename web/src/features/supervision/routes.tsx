import { AlertOutlined, MessageOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '@/app/routes';

/**
 * Supervision's pages in the menu: the centre for supervisors (and admins), and the page where clerks, handlers and
 * approvers answer urges and explain overdue records.
 */
export const SUPERVISION_APP_ROUTES: readonly AppRoute[] = [
  { path: '/supervision', title: 'menu.supervision', icon: <AlertOutlined />, page: lazy(() => import('./pages/supervision-centre-page')), audience: ['supervisor', 'admin'] },
  { path: '/supervision/mine', title: 'menu.mySupervision', icon: <MessageOutlined />, page: lazy(() => import('./pages/my-supervision-page')), audience: ['clerk', 'handler', 'approver'] },
];
