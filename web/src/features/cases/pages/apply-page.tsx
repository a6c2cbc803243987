import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router-dom';
import { ApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth-context';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { getOwnProfile, type ApplicantProfile } from '../api/applicant';
import { ApplyResult } from '../components/apply-result';
import { ApplicationForm } from '../shared/application-form';
import { getGuide, type FormField } from '../shared/guide-api';
import { ItemSummary } from '../shared/item-summary';
import type { SubmittedCase } from '../shared/submit-api';

/** 网上办理深度 from which an item takes applications online (2: 网上收件、预审; core/catalog/vocabulary.ts). */
const ONLINE_SUBMISSION_DEPTH = 2;

/** The applicant's own identifiers, put into the form's first field of each kind; they may change them. */
function prefill(fields: readonly FormField[], profile: ApplicantProfile | undefined): Record<string, unknown> {
  if (!profile) return {};
  const values: Record<string, unknown> = {};
  const first = (type: FormField['type']) => fields.find((field) => field.type === type);
  const id = first('id_number');
  if (id && profile.idNumber) values[id.key] = profile.idNumber;
  const credit = first('credit_code');
  if (credit && profile.creditCode) values[credit.key] = profile.creditCode;
  const phone = first('phone');
  if (phone && profile.phone) values[phone.key] = profile.phone;
  return values;
}

/** `/apply/:code`: an applicant applies online for a published item (phone first). */
export default function ApplyPage() {
  const t = useT();
  const { code = '' } = useParams();
  const { user } = useAuth();
  const guide = useQuery((signal) => getGuide(code, signal), [code]);
  const profile = useQuery((signal) => (user?.kind === 'applicant' ? getOwnProfile(user.id, signal) : Promise.resolve(undefined)), [user?.id]);
  const [result, setResult] = useState<SubmittedCase | null>(null);
  const initialForm = useMemo(() => (guide.data ? prefill(guide.data.form, profile.data) : {}), [guide.data, profile.data]);

  // A clerk following a guide's 申请 button applies for the walk-in applicant at the window instead.
  if (user?.kind === 'staff') return <Navigate to={`/intake/window?item=${encodeURIComponent(code)}`} replace />;
  if (guide.error) {
    const missing = guide.error instanceof ApiError && guide.error.status === 404;
    return missing ? (
      <Result
        status="404"
        title={t('case.apply.notFound')}
        subTitle={t('case.apply.notFoundHint')}
        extra={
          <Link to="/guide">
            <Button type="primary">{t('case.apply.toGuides')}</Button>
          </Link>
        }
      />
    ) : (
      <Alert type="error" showIcon title={t('common.loadFailed')} description={(guide.error as Error).message} />
    );
  }

  return (
    <div style={{ maxWidth: 880, margin: '0 auto' }} data-testid="apply-page">
      <Link to={guide.data ? guide.data.guidePath : '/guide'} style={{ display: 'inline-block', marginBottom: 12 }}>
        <ArrowLeftOutlined /> {t('case.apply.backToGuide')}
      </Link>
      {!guide.data || profile.loading ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : result ? (
        <ApplyResult result={result} itemName={guide.data.name} />
      ) : guide.data.onlineDepth < ONLINE_SUBMISSION_DEPTH ? (
        <>
          <ItemSummary guide={guide.data} />
          <Alert
            type="warning"
            showIcon
            title={t('case.apply.offlineOnly')}
            description={[guide.data.hallAddress, guide.data.hallHours, guide.data.contactPhone].filter(Boolean).join(' · ')}
            data-testid="offline-only"
          />
        </>
      ) : (
        <>
          <ItemSummary guide={guide.data} />
          {profile.data && !guide.data.applicantTypes.includes(profile.data.type) && (
            <Alert type="warning" showIcon title={t(profile.data.type === 'person' ? 'case.apply.forOrganizations' : 'case.apply.forPersons')} style={{ marginBottom: 16 }} />
          )}
          <ApplicationForm
            guide={guide.data}
            initialForm={initialForm}
            onSubmitted={(submitted) => {
              setResult(submitted);
              window.scrollTo({ top: 0 });
            }}
          />
        </>
      )}
    </div>
  );
}
