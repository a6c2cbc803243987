import { BankOutlined, UserOutlined } from '@ant-design/icons';
import { Descriptions, Skeleton, Tag, Typography } from 'antd';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { getApplicant } from '../api/intake';

/** Who applied, as counter staff may see them: name, type, and masked identifiers to check against the ID card. */
export function ApplicantCard({ applicantId }: { applicantId: string }) {
  const t = useT();
  const applicant = useQuery((signal) => getApplicant(applicantId, signal), [applicantId]);
  if (applicant.loading && !applicant.data) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (!applicant.data) return <Typography.Text type="secondary">{t('intake.applicant.unavailable')}</Typography.Text>;
  const a = applicant.data;
  const person = a.type === 'person';
  return (
    <Descriptions
      size="small"
      column={1}
      layout="vertical"
      data-testid="applicant-card"
      items={[
        {
          key: 'name',
          label: t('intake.applicant.name'),
          children: (
            <span>
              <Typography.Text strong>{a.name}</Typography.Text>{' '}
              <Tag icon={person ? <UserOutlined /> : <BankOutlined />}>{t(person ? 'register.person' : 'register.organization')}</Tag>
            </span>
          ),
        },
        {
          key: 'id',
          label: t(person ? 'register.idNumber' : 'register.creditCode'),
          children: <span style={{ fontFamily: 'monospace' }}>{(person ? a.idNumber : a.creditCode) ?? '—'}</span>,
        },
        { key: 'phone', label: t('register.phone'), children: <span style={{ fontFamily: 'monospace' }}>{a.phone}</span> },
      ]}
    />
  );
}
