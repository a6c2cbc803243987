import { BankOutlined, IdcardOutlined, LockOutlined, MobileOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Divider, Form, Input, Radio } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { useT, type MessageKey } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { applicantChecks, registerApplicant, type ApplicantType, type RegisterApplicantInput } from '../api/register-applicant';

interface RegisterValues extends RegisterApplicantInput {
  confirmPassword: string;
}

/** Applicant registration: 自然人 by ID number, 法人 by credit code, both checked with the shared core first. */
export function RegisterForm({ onRegistered }: { onRegistered: () => void }) {
  const t = useT();
  const [form] = Form.useForm<RegisterValues>();
  const type = Form.useWatch('type', form) ?? 'person';
  const [submitting, setSubmitting] = useState(false);
  const reportError = useReportError();

  const check = (test: (value: string) => boolean, key: MessageKey): Rule => ({
    validator: (_, value: string | undefined) => (!value || test(value.trim()) ? Promise.resolve() : Promise.reject(new Error(t(key)))),
  });
  const required: Rule = { required: true, whitespace: true, message: t('common.required') };

  async function submit(values: RegisterValues) {
    setSubmitting(true);
    const input: RegisterApplicantInput = {
      type: values.type,
      username: values.username.trim(),
      password: values.password,
      name: values.name.trim(),
      phone: values.phone.trim(),
      ...(values.type === 'person' ? { idNumber: values.idNumber?.trim().toUpperCase() } : { creditCode: values.creditCode?.trim().toUpperCase() }),
    };
    try {
      await registerApplicant(input);
      onRegistered();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <Form<RegisterValues>
      form={form}
      name="register"
      layout="vertical"
      initialValues={{ type: 'person' satisfies ApplicantType }}
      onFinish={(values) => void submit(values)}
      scrollToFirstError
    >
      <Form.Item name="type" label={t('register.type')}>
        <Radio.Group optionType="button" buttonStyle="solid" style={{ display: 'flex' }}>
          <Radio.Button value="person" style={{ flex: 1, textAlign: 'center' }}>
            <UserOutlined /> {t('register.person')}
          </Radio.Button>
          <Radio.Button value="organization" style={{ flex: 1, textAlign: 'center' }}>
            <BankOutlined /> {t('register.organization')}
          </Radio.Button>
        </Radio.Group>
      </Form.Item>
      <Divider titlePlacement="start" plain style={{ margin: '4px 0 12px' }}>
        {t('register.identity')}
      </Divider>
      <Form.Item name="name" label={t(type === 'person' ? 'register.personName' : 'register.orgName')} rules={[required]}>
        <Input maxLength={100} autoComplete={type === 'person' ? 'name' : 'organization'} />
      </Form.Item>
      {type === 'person' ? (
        <Form.Item name="idNumber" label={t('register.idNumber')} rules={[required, check(applicantChecks.idNumber, 'register.idNumberInvalid')]} validateFirst>
          <Input prefix={<IdcardOutlined />} maxLength={18} placeholder={t('register.eighteen')} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      ) : (
        <Form.Item name="creditCode" label={t('register.creditCode')} rules={[required, check(applicantChecks.creditCode, 'register.creditCodeInvalid')]} validateFirst>
          <Input prefix={<BankOutlined />} maxLength={18} placeholder={t('register.eighteen')} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      )}
      <Form.Item name="phone" label={t('register.phone')} rules={[required, check(applicantChecks.phone, 'register.phoneInvalid')]} validateFirst>
        <Input prefix={<MobileOutlined />} maxLength={11} autoComplete="tel" />
      </Form.Item>
      <Divider titlePlacement="start" plain style={{ margin: '4px 0 12px' }}>
        {t('register.account')}
      </Divider>
      <Form.Item name="username" label={t('auth.username')} extra={t('register.usernameRule')} rules={[required, check(applicantChecks.username, 'register.usernameRule')]} validateFirst>
        <Input prefix={<UserOutlined />} maxLength={32} autoComplete="username" />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')} extra={t('register.passwordPolicy')} rules={[required, check(applicantChecks.password, 'register.passwordWeak')]} validateFirst hasFeedback>
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('register.confirmPassword')}
        dependencies={['password']}
        hasFeedback
        rules={[
          required,
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('password') ? Promise.resolve() : Promise.reject(new Error(t('register.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
        {t('register.submit')}
      </Button>
    </Form>
  );
}
