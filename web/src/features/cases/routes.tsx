import { FileTextOutlined, FormOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { AppRoute } from '@/app/routes';

const ApplyPage = lazy(() => import('./pages/apply-page'));
const CaseDetailPage = lazy(() => import('./pages/case-detail-page'));

/**
 * Applicant pages reached by links, not listed in the menu: a guide's 申请 button opens `/apply/:code`
 * (a clerk there is sent on to the window application), a case in the list opens `/my-cases/:id`.
 */
export const CASE_PAGES: readonly AppRoute[] = [
  { path: '/apply/:code', title: 'case.apply.formTitle', icon: <FormOutlined />, page: ApplyPage, audience: ['applicant', 'clerk'] },
  { path: '/my-cases/:id', title: 'menu.myCases', icon: <FileTextOutlined />, page: CaseDetailPage, audience: ['applicant'] },
];
