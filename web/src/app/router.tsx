import { Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router-dom';
import { LoginPage } from '@/features/auth/pages/login-page';
import { RegisterPage } from '@/features/auth/pages/register-page';
import { GUIDE_ROUTES } from '@/features/guide/routes';
import { CASE_PAGES } from '@/features/cases/routes';
import { INBOX_PAGES } from '@/features/inbox/routes';
import { INTAKE_PAGES } from '@/features/intake/routes';
import { PROGRESS_ROUTES } from '@/features/progress/routes';
import { HALL_PUBLIC_ROUTES } from '@/features/hall/routes';
import { RATING_PUBLIC_ROUTES } from '@/features/ratings/routes';
import { WORKBENCH_PAGES } from '@/features/workbench/routes';
import { LICENSE_ROUTES } from '@/features/licenses/routes';
import { PageLoading } from '@/components/page-loading';
import { StatusPage } from '@/components/status-page';
import { useAuth } from '@/lib/auth-context';
import { AppLayout } from './layout/app-layout';
import { APP_ROUTES, canOpen, type AppRoute } from './routes';

/** Sends anonymous visitors to the login, remembering where they wanted to go. */
function RequireSession({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <PageLoading fullscreen />;
  if (status === 'anonymous') return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

/** Signed-in users have no business on the login or registration pages. */
function AnonymousOnly({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  if (status === 'loading') return <PageLoading fullscreen />;
  if (status === 'authenticated') return <Navigate to="/" replace />;
  return children;
}

function GuardedPage({ route }: { route: AppRoute }) {
  const { user } = useAuth();
  if (!user || !canOpen(route, user)) return <StatusPage status="403" />;
  const Page = route.page;
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

/** All pages: the two public ones and the table of signed-in pages inside the layout. */
export const router = createBrowserRouter([
  { path: '/login', element: <AnonymousOnly><LoginPage /></AnonymousOnly> },
  { path: '/register', element: <AnonymousOnly><RegisterPage /></AnonymousOnly> },
  ...GUIDE_ROUTES,
  ...PROGRESS_ROUTES,
  ...HALL_PUBLIC_ROUTES,
  ...RATING_PUBLIC_ROUTES,
  ...LICENSE_ROUTES,
  {
    element: <RequireSession><AppLayout /></RequireSession>,
    children: [
      ...APP_ROUTES.map((route) => ({ path: route.path, element: <GuardedPage route={route} /> })),
      ...[...CASE_PAGES, ...INTAKE_PAGES, ...INBOX_PAGES, ...WORKBENCH_PAGES].map((route) => ({ path: route.path, element: <GuardedPage route={route} /> })),
      { path: '*', element: <StatusPage status="404" /> },
    ],
  },
]);
