import { BankOutlined, SearchOutlined, UserAddOutlined, UserOutlined } from '@ant-design/icons';
import { isValidCreditCode, isValidIdNumber, isValidMobile, normalizeCreditCode, normalizeIdNumber } from '@core/identity';
import { Alert, App, Button, Flex, Input, Segmented, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { todayInShanghai } from '@/features/cases/shared/format';
import { useT, type MessageKey } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { findApplicants, type ApplicantLookup, type WalkInApplicant } from '../api/intake';
import { RegisterApplicantModal } from './register-applicant-modal';

type By = 'idNumber' | 'creditCode' | 'phone';

const BY: Record<By, { label: MessageKey; invalid: MessageKey; check: (value: string) => boolean; normalize: (value: string) => string; max: number }> = {
  idNumber: { label: 'register.idNumber', invalid: 'register.idNumberInvalid', check: (v) => isValidIdNumber(v, todayInShanghai()), normalize: normalizeIdNumber, max: 18 },
  creditCode: { label: 'register.creditCode', invalid: 'register.creditCodeInvalid', check: isValidCreditCode, normalize: normalizeCreditCode, max: 18 },
  phone: { label: 'register.phone', invalid: 'register.phoneInvalid', check: isValidMobile, normalize: (v) => v, max: 11 },
};

/** One applicant found: name, type and masked identifiers, to match against the card in hand. */
function ApplicantLine({ applicant, action }: { applicant: WalkInApplicant; action?: ReactNode }) {
  const t = useT();
  const person = applicant.type === 'person';
  return (
    <Flex align="center" justify="space-between" gap={12} wrap style={{ padding: '10px 12px', border: '1px solid #e6eaf0', borderRadius: 8, background: '#fff' }} data-testid="applicant-line">
      <Flex align="center" gap={10}>
        {person ? <UserOutlined style={{ fontSize: 18, color: '#1a4fa0' }} /> : <BankOutlined style={{ fontSize: 18, color: '#1a4fa0' }} />}
        <Flex vertical>
          <Typography.Text strong>
            {applicant.name} <Tag style={{ marginInlineStart: 6 }}>{t(person ? 'register.person' : 'register.organization')}</Tag>
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 13 }}>
            {(person ? applicant.idNumber : applicant.creditCode) ?? '—'} · {applicant.phone}
          </Typography.Text>
        </Flex>
      </Flex>
      {action}
    </Flex>
  );
}

/**
 * Step one at the counter: find the walk-in applicant by an exact ID number, credit code or phone
 * (checked with the shared core first), or register them on the spot.
 */
export function ApplicantFinder({ selected, onSelect }: { selected: WalkInApplicant | null; onSelect: (applicant: WalkInApplicant | null) => void }) {
  const t = useT();
  const { modal } = App.useApp();
  const reportError = useReportError();
  const [by, setBy] = useState<By>('idNumber');
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [searching, setSearching] = useState(false);
  const [found, setFound] = useState<WalkInApplicant[] | null>(null);
  const [registering, setRegistering] = useState(false);
  const [lookup, setLookup] = useState<ApplicantLookup | null>(null);

  async function search() {
    const value = BY[by].normalize(text.trim());
    if (!BY[by].check(value)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setSearching(true);
    const query = { [by]: value } as ApplicantLookup;
    try {
      setLookup(query);
      setFound(await findApplicants(query));
    } catch (error) {
      reportError(error);
    } finally {
      setSearching(false);
    }
  }

  if (selected) {
    return (
      <ApplicantLine
        applicant={selected}
        action={
          <Button onClick={() => onSelect(null)} data-testid="change-applicant">
            {t('intake.window.changeApplicant')}
          </Button>
        }
      />
    );
  }

  return (
    <Flex vertical gap={12} data-testid="applicant-finder">
      <Segmented<By>
        value={by}
        onChange={(next) => {
          setBy(next);
          setInvalid(false);
          setFound(null);
        }}
        options={(Object.keys(BY) as By[]).map((value) => ({ value, label: t(BY[value].label) }))}
      />
      <Flex gap={8} wrap>
        <Input
          value={text}
          onChange={(event) => setText(event.target.value)}
          onPressEnter={() => void search()}
          maxLength={BY[by].max}
          placeholder={t('intake.window.searchPlaceholder', { label: t(BY[by].label) })}
          status={invalid ? 'error' : undefined}
          style={{ flex: '1 1 260px', maxWidth: 360, fontFamily: 'monospace' }}
          data-testid="applicant-search"
          allowClear
        />
        <Button type="primary" icon={<SearchOutlined />} loading={searching} onClick={() => void search()} data-testid="applicant-search-button">
          {t('common.search')}
        </Button>
      </Flex>
      {invalid && <Typography.Text type="danger">{t(BY[by].invalid)}</Typography.Text>}
      {found && found.length > 0 && (
        <Flex vertical gap={8}>
          {found.map((applicant) => (
            <ApplicantLine
              key={applicant.id}
              applicant={applicant}
              action={
                <Button type="primary" onClick={() => onSelect(applicant)} data-testid="select-applicant">
                  {t('intake.window.select')}
                </Button>
              }
            />
          ))}
        </Flex>
      )}
      {found && found.length === 0 && (
        <Alert
          type="info"
          showIcon
          title={t('intake.window.notFound')}
          action={
            <Button icon={<UserAddOutlined />} onClick={() => setRegistering(true)} data-testid="register-applicant">
              {t('intake.window.register')}
            </Button>
          }
        />
      )}
      <RegisterApplicantModal
        open={registering}
        lookup={lookup ?? {}}
        onClose={() => setRegistering(false)}
        onRegistered={(applicant, credentials) => {
          setRegistering(false);
          onSelect(applicant);
          modal.success({
            title: t('intake.register.done'),
            content: (
              <Flex vertical gap={4}>
                <Typography.Text>{t('intake.register.credentials')}</Typography.Text>
                <Typography.Text copyable strong style={{ fontFamily: 'monospace' }}>{`${t('auth.username')}：${credentials.username}`}</Typography.Text>
                <Typography.Text copyable strong style={{ fontFamily: 'monospace' }}>{`${t('auth.password')}：${credentials.password}`}</Typography.Text>
              </Flex>
            ),
          });
        }}
      />
    </Flex>
  );
}
