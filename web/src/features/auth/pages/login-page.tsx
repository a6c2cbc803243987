import { App, Card, Tabs, Typography } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '@/lib/auth-context';
import { useT } from '@/lib/i18n';
import type { SessionUser } from '@/lib/session';
import { AuthShell } from '../components/auth-shell';
import { LoginForm } from '../components/login-form';

/** `/login`: staff and applicants sign in through the same endpoint; the tabs only change the guidance. */
export function LoginPage() {
  const t = useT();
  const { signIn } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;

  function handleSignedIn(user: SessionUser) {
    signIn(user);
    void message.success(t('auth.loginSuccess'));
    navigate(from && from !== '/login' ? from : '/', { replace: true });
  }

  return (
    <AuthShell>
      <Card variant="borderless" style={{ boxShadow: '0 8px 28px rgba(15, 52, 112, 0.08)' }} styles={{ body: { padding: '12px 32px 28px' } }}>
        <Tabs
          centered
          size="large"
          items={[
            { key: 'staff', label: t('auth.staffTab'), children: <LoginForm onSignedIn={handleSignedIn} hint={t('auth.staffHint')} idPrefix="staff-login" /> },
            { key: 'applicant', label: t('auth.applicantTab'), children: <LoginForm onSignedIn={handleSignedIn} hint={t('auth.applicantHint')} idPrefix="applicant-login" /> },
          ]}
        />
        <Typography.Paragraph style={{ textAlign: 'center', margin: '20px 0 0' }}>
          {t('auth.noAccount')} <Link to="/register">{t('auth.registerLink')}</Link>
        </Typography.Paragraph>
      </Card>
    </AuthShell>
  );
}
