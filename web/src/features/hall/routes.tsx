import { BarChartOutlined, CalendarOutlined, ShopOutlined } from '@ant-design/icons';
import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { HALL_PATH_PREFIX } from '@core/hall/paths';
import type { AppRoute } from '@/app/routes';
import { PageLoading } from '@/components/page-loading';

const KioskPage = lazy(() => import('./pages/kiosk-page'));
const ScreenPage = lazy(() => import('./pages/screen-page'));
const TakePage = lazy(() => import('./pages/take-page'));
const TicketPage = lazy(() => import('./pages/ticket-page'));

const page = (Page: typeof KioskPage) => <Suspense fallback={<PageLoading fullscreen />}><Page /></Suspense>;

/**
 * The hall's public pages (no login): the kiosk, the waiting-room screen, taking a number on a phone and a
 * ticket's phone page. The last two are the paths the QR codes encode (core/hall/paths.ts).
 */
export const HALL_PUBLIC_ROUTES: RouteObject[] = [
  { path: `${HALL_PATH_PREFIX}kiosk/:hallId?`, element: page(KioskPage) },
  { path: `${HALL_PATH_PREFIX}screen/:hallId?`, element: page(ScreenPage) },
  { path: `${HALL_PATH_PREFIX}take/:hallId`, element: page(TakePage) },
  { path: `${HALL_PATH_PREFIX}ticket/:id`, element: page(TicketPage) },
];

/** The hall's signed-in pages, listed in the menu: setup (admin), figures, an applicant's appointments. */
export const HALL_APP_ROUTES: readonly AppRoute[] = [
  { path: '/my-appointments', title: 'menu.myAppointments', icon: <CalendarOutlined />, page: lazy(() => import('./pages/my-appointments-page')), audience: ['applicant'] },
  { path: '/hall/figures', title: 'menu.hallFigures', icon: <BarChartOutlined />, page: lazy(() => import('./pages/hall-figures-page')), audience: ['admin', 'supervisor', 'analyst'] },
  { path: '/admin/hall', title: 'menu.hallSetup', icon: <ShopOutlined />, page: lazy(() => import('./pages/hall-setup-page')), audience: ['admin'], group: 'settings' },
];
