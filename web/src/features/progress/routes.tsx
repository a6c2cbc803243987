import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { PageLoading } from '@/components/page-loading';

const ProgressPage = lazy(() => import('./pages/progress-page'));

/** The public progress lookup (no login): the path the QR code on every notice encodes (`/progress?caseNo=…&queryCode=…`). */
export const PROGRESS_ROUTES: RouteObject[] = [
  { path: '/progress', element: <Suspense fallback={<PageLoading fullscreen />}><ProgressPage /></Suspense> },
];
