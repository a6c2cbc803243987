import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Brand } from '@/components/brand';
import { LangSwitch } from '@/components/lang-switch';
import { useAuth } from '@/lib/auth-context';
import { useT } from '@/lib/i18n';

/**
 * The frame of a public page outside the login (progress lookup, license verification): the brand bar with
 * the language switch and a way in (or home), a centred column, and the footer.
 */
export function PublicPage({ maxWidth, children }: { maxWidth: number; children: ReactNode }) {
  const t = useT();
  const { user } = useAuth();
  return (
    <Flex vertical style={{ minHeight: '100vh', background: '#f3f5f9' }}>
      <Flex align="center" justify="space-between" gap={12} style={{ background: '#0f3470', padding: '10px 20px' }}>
        <Link to="/">
          <Brand inverted />
        </Link>
        <Flex align="center" gap={12}>
          <LangSwitch dark />
          <Link to={user ? '/' : '/login'} style={{ color: '#fff' }}>
            {t(user ? 'common.backHome' : 'auth.login')}
          </Link>
        </Flex>
      </Flex>
      <div style={{ width: '100%', maxWidth, margin: '0 auto', padding: '24px 16px 40px', boxSizing: 'border-box' }}>
        {children}
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 24, fontSize: 12 }}>
          {t('app.footer')}
        </Typography.Paragraph>
      </div>
    </Flex>
  );
}
