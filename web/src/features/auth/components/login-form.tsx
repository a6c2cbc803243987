import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { ApiError, applyFieldErrors } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import type { SessionUser } from '@/lib/session';
import { login, type LoginInput } from '../api/session';

/** Username and password; whole-request failures (wrong password, locked) show above the fields. */
export function LoginForm({ onSignedIn, hint, idPrefix }: { onSignedIn: (user: SessionUser) => void; hint: string; idPrefix: string }) {
  const t = useT();
  const [form] = Form.useForm<LoginInput>();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<{ title: string; locked: boolean } | null>(null);

  async function submit(values: LoginInput) {
    setSubmitting(true);
    setFailure(null);
    try {
      onSignedIn(await login(values));
    } catch (error) {
      const unshown = applyFieldErrors(form, error);
      if (!(error instanceof ApiError) || error.fields.length === 0 || unshown.length > 0) {
        setFailure({ title: error instanceof Error ? error.message : String(error), locked: error instanceof ApiError && error.status === 423 });
      }
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Form form={form} layout="vertical" size="large" onFinish={(values) => void submit(values)} requiredMark={false} name={idPrefix}>
      <Alert type="info" showIcon title={hint} style={{ marginBottom: 20 }} />
      {failure && (
        <Alert
          type={failure.locked ? 'warning' : 'error'}
          showIcon
          title={failure.locked ? t('auth.locked') : failure.title}
          description={failure.locked ? failure.title : undefined}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      )}
      <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, message: t('auth.usernamePlaceholder') }]}>
        <Input prefix={<UserOutlined />} placeholder={t('auth.usernamePlaceholder')} autoComplete="username" />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.passwordPlaceholder') }]}>
        <Input.Password prefix={<LockOutlined />} placeholder={t('auth.passwordPlaceholder')} autoComplete="current-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={submitting} style={{ marginTop: 8 }}>
        {t('auth.login')}
      </Button>
    </Form>
  );
}
