import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { PageLoading } from '@/components/page-loading';

const VerifyLicensePage = lazy(() => import('./pages/verify-license-page'));
const page = <Suspense fallback={<PageLoading fullscreen />}><VerifyLicensePage /></Suspense>;

/** The public license verification (no login): the path a license's QR code encodes (`/verify/license/<number>`). */
export const LICENSE_ROUTES: RouteObject[] = [
  { path: '/verify/license', element: page },
  { path: '/verify/license/:number', element: page },
];
