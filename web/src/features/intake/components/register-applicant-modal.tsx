import { isValidCreditCode, isValidIdNumber, isValidMobile, maskCreditCode, maskIdNumber, maskPhone, normalizeCreditCode, normalizeIdNumber } from '@core/identity';
import { Alert, Col, Form, Input, Radio, Row, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { useMemo } from 'react';
import { FormModal } from '@/components/action-modal';
import { todayInShanghai } from '@/features/cases/shared/format';
import { isAcceptablePassword, isValidUsername } from '@/lib/account-rules';
import { useT, type MessageKey } from '@/lib/i18n';
import { registerApplicant, type RegisterInput, type WalkInApplicant } from '../api/intake';

/** A first password the applicant can read off a slip: letters and digits, meeting the policy. */
function firstPassword(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyz';
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  const word = Array.from(bytes.slice(0, 4), (b) => letters[b % letters.length]).join('');
  const digits = Array.from(bytes.slice(4), (b) => String(b % 10)).join('');
  const password = `Tb${word}${digits}`;
  return isAcceptablePassword(password) ? password : `Tb${word}2468`;
}

type Values = RegisterInput;

/**
 * Registers a walk-in applicant at the counter: identity checked with the shared core (GB 11643 /
 * GB 32100), a username (the phone number by default) and a first password for the applicant to keep.
 */
export function RegisterApplicantModal({ open, lookup, onClose, onRegistered }: {
  open: boolean;
  /** What the clerk searched for, to start the form from. */
  lookup: { idNumber?: string; creditCode?: string; phone?: string };
  onClose: () => void;
  onRegistered: (applicant: WalkInApplicant, credentials: { username: string; password: string }) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const type = Form.useWatch('type', form) ?? 'person';
  // Started afresh on each opening, from what was searched for then (and a new first password).
  const start = useMemo<Partial<Values>>(() => ({
    type: lookup.creditCode ? 'organization' : 'person',
    idNumber: lookup.idNumber,
    creditCode: lookup.creditCode,
    phone: lookup.phone,
    username: lookup.phone,
    password: firstPassword(),
  }), [open]);

  const check = (test: (value: string) => boolean, key: MessageKey): Rule => ({
    validator: (_, value: string | undefined) => (!value || test(value.trim()) ? Promise.resolve() : Promise.reject(new Error(t(key)))),
  });
  const required: Rule = { required: true, whitespace: true, message: t('common.required') };

  async function submit(values: Values) {
    const person = values.type === 'person';
    const input: RegisterInput = {
      type: values.type,
      name: values.name.trim(),
      phone: values.phone.trim(),
      username: values.username.trim(),
      password: values.password,
      ...(person ? { idNumber: normalizeIdNumber(values.idNumber?.trim() ?? '') } : { creditCode: normalizeCreditCode(values.creditCode?.trim() ?? '') }),
    };
    const { id } = await registerApplicant(input);
    const applicant: WalkInApplicant = {
      id,
      username: input.username,
      name: input.name,
      type: input.type,
      idNumber: input.idNumber ? maskIdNumber(input.idNumber) : null,
      creditCode: input.creditCode ? maskCreditCode(input.creditCode) : null,
      phone: maskPhone(input.phone),
    };
    return { applicant, credentials: { username: input.username, password: input.password } };
  }

  return (
    <FormModal<Values, Awaited<ReturnType<typeof submit>>>
      open={open} form={form} name="walk-in" title={t('intake.register.title')} okText={t('intake.register.ok')} width={640} successText={null}
      initialValues={start} onSubmit={submit} onClose={onClose} onDone={({ applicant, credentials }) => onRegistered(applicant, credentials)}
      after={<Alert type="info" showIcon title={<Typography.Text>{t('intake.register.handOver')}</Typography.Text>} />}
    >
      <Form.Item name="type" label={t('register.type')}>
        <Radio.Group optionType="button" buttonStyle="solid">
          <Radio.Button value="person">{t('register.person')}</Radio.Button>
          <Radio.Button value="organization">{t('register.organization')}</Radio.Button>
        </Radio.Group>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={t(type === 'person' ? 'register.personName' : 'register.orgName')} rules={[required]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          {type === 'person' ? (
            <Form.Item
              name="idNumber"
              label={t('register.idNumber')}
              rules={[required, check((v) => isValidIdNumber(normalizeIdNumber(v), todayInShanghai()), 'register.idNumberInvalid')]}
              validateFirst
            >
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          ) : (
            <Form.Item name="creditCode" label={t('register.creditCode')} rules={[required, check((v) => isValidCreditCode(normalizeCreditCode(v)), 'register.creditCodeInvalid')]} validateFirst>
              <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          )}
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="phone" label={t('register.phone')} rules={[required, check(isValidMobile, 'register.phoneInvalid')]} validateFirst>
            <Input maxLength={11} inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="username" label={t('auth.username')} extra={t('register.usernameRule')} rules={[required, check(isValidUsername, 'register.usernameRule')]} validateFirst>
            <Input maxLength={32} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="password" label={t('intake.register.password')} rules={[required, check(isAcceptablePassword, 'register.passwordWeak')]} validateFirst>
            <Input style={{ fontFamily: 'monospace' }} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
