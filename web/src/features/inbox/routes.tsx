import { BellOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '@/app/routes';

const InboxPage = lazy(() => import('./pages/inbox-page'));

/** The full inbox, reached from the header's bell; not listed in the menu. */
export const INBOX_PAGES: readonly AppRoute[] = [{ path: '/inbox', title: 'menu.inbox', icon: <BellOutlined />, page: InboxPage }];
