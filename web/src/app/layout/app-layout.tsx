import { Layout } from 'antd';
import { useMemo, useState } from 'react';
import { Outlet } from 'react-router-dom';
import { useAuth } from '@/lib/auth-context';
import { useT } from '@/lib/i18n';
import { NavContext, type NavEntry } from '@/lib/nav-context';
import { APP_ROUTES, canOpen, MENU_GROUPS } from '../routes';
import { AppHeader } from './app-header';
import { AppMenu } from './app-menu';

/** The signed-in frame: header, role-based side menu, the page, a footer. */
export function AppLayout() {
  const t = useT();
  const { user } = useAuth();
  const [collapsed, setCollapsed] = useState(false);
  // On a phone the menu folds away entirely (a tab at the edge opens it), leaving the page the width.
  const [narrow, setNarrow] = useState(false);

  const entries = useMemo<NavEntry[]>(
    () =>
      user
        ? APP_ROUTES.filter((route) => canOpen(route, user)).map((route) => ({
            path: route.path,
            title: route.title,
            icon: route.icon,
            group: route.group ? MENU_GROUPS[route.group].title : undefined,
          }))
        : [],
    [user],
  );

  return (
    <NavContext.Provider value={entries}>
      <Layout style={{ minHeight: '100vh' }}>
        <AppHeader />
        <Layout>
          <Layout.Sider
            width={216}
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            breakpoint="lg"
            collapsedWidth={narrow ? 0 : 80}
            onBreakpoint={(broken) => {
              setNarrow(broken);
              setCollapsed(broken);
            }}
            theme="light"
            style={{ borderInlineEnd: '1px solid #e6eaf0' }}
          >
            <nav aria-label="main" style={{ paddingTop: 8 }} data-testid="side-menu">
              <AppMenu entries={entries} />
            </nav>
          </Layout.Sider>
          <Layout>
            <Layout.Content style={{ padding: narrow ? 12 : 24 }}>
              <div style={{ maxWidth: 1400, margin: '0 auto' }}>
                <Outlet />
              </div>
            </Layout.Content>
            <Layout.Footer style={{ textAlign: 'center', color: '#8a94a6', fontSize: 12, padding: '12px 24px' }}>{t('app.footer')}</Layout.Footer>
          </Layout>
        </Layout>
      </Layout>
    </NavContext.Provider>
  );
}
