import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { PageLoading } from '@/components/page-loading';

const RatePage = lazy(() => import('./pages/rate-page'));
const RatingStatsPage = lazy(() => import('./pages/rating-stats-page'));

const loading = <PageLoading fullscreen />;

/**
 * The public rating pages (no login): `/rate?caseNo=…&queryCode=…` is what the QR code on a decision, the SMS link
 * and the hall's kiosk open; `/rating-stats` shows each department's ratings of a month.
 */
export const RATING_PUBLIC_ROUTES: RouteObject[] = [
  { path: '/rate', element: <Suspense fallback={loading}><RatePage /></Suspense> },
  { path: '/rating-stats', element: <Suspense fallback={loading}><RatingStatsPage /></Suspense> },
];
