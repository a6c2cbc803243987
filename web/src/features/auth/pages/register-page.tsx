import { App, Card, Typography } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useT } from '@/lib/i18n';
import { AuthShell } from '../components/auth-shell';
import { RegisterForm } from '../components/register-form';

/** `/register`: an applicant opens an account, then signs in. */
export function RegisterPage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();

  function handleRegistered() {
    void message.success(t('register.success'));
    navigate('/login', { replace: true });
  }

  return (
    <AuthShell width={480}>
      <Card variant="borderless" style={{ boxShadow: '0 8px 28px rgba(15, 52, 112, 0.08)', margin: '12px 0' }} styles={{ body: { padding: '24px 32px' } }}>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
          {t('register.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('register.subtitle')}</Typography.Paragraph>
        <RegisterForm onRegistered={handleRegistered} />
        <Typography.Paragraph style={{ textAlign: 'center', margin: '16px 0 0' }}>
          {t('register.haveAccount')} <Link to="/login">{t('register.toLogin')}</Link>
        </Typography.Paragraph>
      </Card>
    </AuthShell>
  );
}
