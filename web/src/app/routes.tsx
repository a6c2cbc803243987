import { ApartmentOutlined, ClusterOutlined, EnvironmentOutlined, HomeOutlined, TeamOutlined } from '@ant-design/icons';
import { AppstoreOutlined, CalendarOutlined, ProfileOutlined, SettingOutlined } from '@ant-design/icons';
import { AuditOutlined, FolderOpenOutlined, FormOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { ContainerOutlined, ScheduleOutlined } from '@ant-design/icons';
import { CommentOutlined, LikeOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { MessageKey } from '@/lib/i18n';
import type { StaffRole } from '@/lib/roles';
import type { SessionUser } from '@/lib/session';
import { HALL_APP_ROUTES } from '@/features/hall/routes';
import { STATISTICS_APP_ROUTES } from '@/features/statistics/routes';
import { SUPERVISION_APP_ROUTES } from '@/features/supervision/routes';

/** Who may open a page: a staff role, or any applicant. */
export type Audience = StaffRole | 'applicant';

/** One page behind the login. Adding a page to the app and its menu is one entry in APP_ROUTES. */
export interface AppRoute {
  path: string;
  title: MessageKey;
  icon: ReactNode;
  page: LazyExoticComponent<ComponentType>;
  /** Who may open it; absent means every signed-in user. */
  audience?: readonly Audience[];
  /** The menu group it is listed under; absent means a top-level entry. */
  group?: MenuGroup;
}

/** Menu sections, in display order. */
export const MENU_GROUPS = {
  org: { title: 'menu.org', icon: <ApartmentOutlined /> },
  catalog: { title: 'menu.catalogGroup', icon: <AppstoreOutlined /> },
  settings: { title: 'menu.settings', icon: <SettingOutlined /> },
} as const satisfies Record<string, { title: MessageKey; icon: ReactNode }>;
export type MenuGroup = keyof typeof MENU_GROUPS;

const HomePage = lazy(() => import('@/features/home/pages/home-page'));
const RegionsPage = lazy(() => import('@/features/org/pages/regions-page'));
const DepartmentsPage = lazy(() => import('@/features/org/pages/departments-page'));
const UsersPage = lazy(() => import('@/features/org/pages/users-page'));
const CatalogPage = lazy(() => import('@/features/catalog/pages/catalog-page'));
const CalendarPage = lazy(() => import('@/features/calendar/pages/calendar-page'));
const MyCasesPage = lazy(() => import('@/features/cases/pages/my-cases-page'));
const IntakeQueuePage = lazy(() => import('@/features/intake/pages/intake-queue-page'));
const WindowApplyPage = lazy(() => import('@/features/intake/pages/window-apply-page'));
const RefusalsPage = lazy(() => import('@/features/intake/pages/refusals-page'));
const RectificationsPage = lazy(() => import('@/features/ratings/pages/rectifications-page'));
const WindowRatingPage = lazy(() => import('@/features/ratings/pages/window-rating-page'));
const MyTasksPage = lazy(() => import('@/features/workbench/pages/my-tasks-page'));
const DepartmentCasesPage = lazy(() => import('@/features/workbench/pages/department-cases-page'));

/** The signed-in pages, in menu order. */
export const APP_ROUTES: readonly AppRoute[] = [
  { path: '/', title: 'menu.home', icon: <HomeOutlined />, page: HomePage },
  { path: '/my-cases', title: 'menu.myCases', icon: <FolderOpenOutlined />, page: MyCasesPage, audience: ['applicant'] },
  { path: '/intake', title: 'menu.intake', icon: <AuditOutlined />, page: IntakeQueuePage, audience: ['clerk'] },
  { path: '/intake/window', title: 'menu.windowApply', icon: <FormOutlined />, page: WindowApplyPage, audience: ['clerk'] },
  { path: '/refusals', title: 'menu.refusals', icon: <SafetyCertificateOutlined />, page: RefusalsPage, audience: ['approver', 'supervisor'] },
  { path: '/window-rating', title: 'menu.windowRating', icon: <LikeOutlined />, page: WindowRatingPage, audience: ['clerk'] },
  { path: '/rectifications', title: 'menu.rectifications', icon: <CommentOutlined />, page: RectificationsPage, audience: ['handler', 'approver', 'supervisor', 'admin', 'analyst'] },
  { path: '/work/tasks', title: 'menu.workTasks', icon: <ScheduleOutlined />, page: MyTasksPage, audience: ['handler', 'approver'] },
  { path: '/work/cases', title: 'menu.deptCases', icon: <ContainerOutlined />, page: DepartmentCasesPage, audience: ['handler', 'approver', 'supervisor'] },
  { path: '/admin/regions', title: 'menu.regions', icon: <EnvironmentOutlined />, page: RegionsPage, audience: ['admin'], group: 'org' },
  { path: '/admin/departments', title: 'menu.departments', icon: <ClusterOutlined />, page: DepartmentsPage, audience: ['admin'], group: 'org' },
  { path: '/admin/users', title: 'menu.users', icon: <TeamOutlined />, page: UsersPage, audience: ['admin'], group: 'org' },
  { path: '/admin/catalog', title: 'menu.catalog', icon: <ProfileOutlined />, page: CatalogPage, audience: ['admin'], group: 'catalog' },
  { path: '/admin/calendar', title: 'menu.calendar', icon: <CalendarOutlined />, page: CalendarPage, audience: ['admin'], group: 'settings' },
  ...HALL_APP_ROUTES,
  ...STATISTICS_APP_ROUTES,
  ...SUPERVISION_APP_ROUTES,
];

/** Whether the user may open the route. */
export function canOpen(route: AppRoute, user: SessionUser): boolean {
  if (!route.audience) return true;
  if (user.kind === 'applicant') return route.audience.includes('applicant');
  return route.audience.some((audience) => audience !== 'applicant' && user.roles.includes(audience));
}
