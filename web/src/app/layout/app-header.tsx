import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Flex, Grid, Layout, Tag, Tooltip } from 'antd';
import { useNavigate } from 'react-router-dom';
import { Brand } from '@/components/brand';
import { LangSwitch } from '@/components/lang-switch';
import { RoleTags } from '@/components/role-tags';
import { InboxBell } from '@/features/inbox/components/inbox-bell';
import { useAuth } from '@/lib/auth-context';
import { useT } from '@/lib/i18n';

/** The blue band: product name on the left; the user, roles, language and sign-out on the right. */
export function AppHeader() {
  const t = useT();
  const { user, signOut } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  // Below md (a phone) the name, roles and button labels give way so the band fits one line.
  const wide = Grid.useBreakpoint().md ?? true;

  async function handleLogout() {
    await signOut();
    void message.success(t('header.loggedOut'));
    navigate('/login', { replace: true });
  }

  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', position: 'sticky', top: 0, zIndex: 10, paddingInline: wide ? 24 : 12 }}>
      <Brand inverted />
      {user && (
        <Flex align="center" gap={wide ? 16 : 8}>
          <Flex align="center" gap={8} data-testid="current-user">
            <Avatar size="small" icon={<UserOutlined />} style={{ background: 'rgba(255,255,255,0.22)' }} />
            {wide && <span style={{ color: '#fff', fontWeight: 500 }}>{user.name}</span>}
            {wide && (
              <span className="header-roles">
                {user.kind === 'applicant' ? <Tag color="green">{t('header.applicant')}</Tag> : <RoleTags roles={user.roles} bordered={false} />}
              </span>
            )}
          </Flex>
          <InboxBell />
          <LangSwitch dark />
          <Tooltip title={t('header.logout')}>
            <Button type="text" icon={<LogoutOutlined />} onClick={() => void handleLogout()} style={{ color: '#fff' }} data-testid="logout">
              {wide && t('header.logout')}
            </Button>
          </Tooltip>
        </Flex>
      )}
    </Layout.Header>
  );
}
