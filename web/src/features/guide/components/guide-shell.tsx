import { FontSizeOutlined, LoginOutlined, ReadOutlined } from '@ant-design/icons';
import { Button, ConfigProvider, Flex, Layout, Switch, Tooltip } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Brand } from '@/components/brand';
import { LangSwitch } from '@/components/lang-switch';
import { useAuth } from '@/lib/auth-context';
import { useT } from '@/lib/i18n';
import '../guide.css';

const LARGE_KEY = 'tongban.guide.large';

function readLarge(): boolean {
  try {
    return localStorage.getItem(LARGE_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * The frame of the public guides: no login needed, readable on a phone, and a 大字 switch for older
 * readers (适老化) that scales every antd text through the theme.
 */
export function GuideShell({ children }: { children: ReactNode }) {
  const t = useT();
  const { status } = useAuth();
  const [large, setLarge] = useState(readLarge);

  function toggleLarge(next: boolean) {
    setLarge(next);
    try {
      localStorage.setItem(LARGE_KEY, next ? '1' : '0');
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }

  return (
    <ConfigProvider theme={{ token: { fontSize: large ? 20 : 16, controlHeight: large ? 42 : 36 } }}>
      <Layout className={large ? 'guide-root guide-large' : 'guide-root'} style={{ minHeight: '100vh' }}>
        <Layout.Header className="guide-header guide-no-print">
          <Link to="/guide" className="guide-brand" aria-label={t('guide.home')}>
            <Brand inverted />
          </Link>
          <Flex align="center" gap={12} wrap="wrap" justify="flex-end" className="guide-header-actions">
            <Link to="/guide" className="guide-header-link">
              <ReadOutlined /> {t('guide.title')}
            </Link>
            <Tooltip title={t('guide.largeTextOn')}>
              <label className="guide-large-switch">
                <FontSizeOutlined aria-hidden />
                <span className="guide-large-label">{t('guide.largeText')}</span>
                <Switch size="small" checked={large} onChange={toggleLarge} aria-label={t('guide.largeTextOn')} data-testid="large-text" />
              </label>
            </Tooltip>
            <LangSwitch dark />
            <Link to={status === 'authenticated' ? '/' : '/login'}>
              <Button size="small" icon={<LoginOutlined />} ghost aria-label={t(status === 'authenticated' ? 'guide.workbench' : 'guide.login')}>
                <span className="guide-login-label">{t(status === 'authenticated' ? 'guide.workbench' : 'guide.login')}</span>
              </Button>
            </Link>
          </Flex>
        </Layout.Header>
        <Layout.Content className="guide-content">{children}</Layout.Content>
        <Layout.Footer className="guide-footer guide-no-print">{t('app.footer')}</Layout.Footer>
      </Layout>
    </ConfigProvider>
  );
}
