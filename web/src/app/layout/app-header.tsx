import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Flex, Layout, Tag, Tooltip } from 'antd';
import { useNavigate } from 'react-router-dom';
import { Brand } from '@/components/brand';
import { LangSwitch } from '@/components/lang-switch';
import { RoleTags } from '@/components/role-tags';
import { useAuth } from '@/lib/auth-context';
import { useT } from '@/lib/i18n';

/** The blue band: product name on the left; the user, roles, language and sign-out on the right. */
export function AppHeader() {
  const t = useT();
  const { user, signOut } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();

  async function handleLogout() {
    await signOut();
    void message.success(t('header.loggedOut'));
    navigate('/login', { replace: true });
  }

  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', position: 'sticky', top: 0, zIndex: 10 }}>
      <Brand inverted />
      {user && (
        <Flex align="center" gap={16}>
          <Flex align="center" gap={8} data-testid="current-user">
            <Avatar size="small" icon={<UserOutlined />} style={{ background: 'rgba(255,255,255,0.22)' }} />
            <span style={{ color: '#fff', fontWeight: 500 }}>{user.name}</span>
            <span className="header-roles">
              {user.kind === 'applicant' ? <Tag color="green">{t('header.applicant')}</Tag> : <RoleTags roles={user.roles} bordered={false} />}
            </span>
          </Flex>
          <LangSwitch dark />
          <Tooltip title={t('header.logout')}>
            <Button type="text" icon={<LogoutOutlined />} onClick={() => void handleLogout()} style={{ color: '#fff' }} data-testid="logout">
              {t('header.logout')}
            </Button>
          </Tooltip>
        </Flex>
      )}
    </Layout.Header>
  );
}
