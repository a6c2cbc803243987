import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { GUIDE_PATH_PREFIX } from '@core/catalog/guide-url';
import { PageLoading } from '@/components/page-loading';

const GuideListPage = lazy(() => import('./pages/guide-list-page'));
const GuideDetailPage = lazy(() => import('./pages/guide-detail-page'));

const loading = <PageLoading fullscreen />;

/**
 * The public guide pages (no login): `/guide` and `/guide/:code`. The detail path is the one the QR
 * codes encode (`guidePath` in core/catalog/guide-url.ts), so both read the same prefix.
 */
export const GUIDE_ROUTES: RouteObject[] = [
  { path: GUIDE_PATH_PREFIX.replace(/\/$/, ''), element: <Suspense fallback={loading}><GuideListPage /></Suspense> },
  { path: `${GUIDE_PATH_PREFIX}:code`, element: <Suspense fallback={loading}><GuideDetailPage /></Suspense> },
];
