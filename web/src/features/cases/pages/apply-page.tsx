import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { Link, Navigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth-context';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { getOwnProfile, type ApplicantProfile } from '../api/applicant';
import { ApplyResult } from '../components/apply-result';
import { ApplicationForm } from '../shared/application-form';
import { restoreDraft } from '../shared/draft-api';
import { formatTime } from '../shared/format';
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

/**
 * `/apply/:code`: an applicant applies online for a published item (phone first). `?draft=<id>` opens a
 * saved draft with its form and uploads; saving one here puts its id in the address.
 */
export default function ApplyPage() {
  const t = useT();
  const { code = '' } = useParams();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const draftParam = params.get('draft');
  // The draft to restore: the one in the address, unless this page just saved it (the form already has it).
  const [savedDraft, setSavedDraft] = useState<string | null>(null);
  const [restoreId, setRestoreId] = useState(draftParam);
  if (draftParam !== restoreId && draftParam !== savedDraft) setRestoreId(draftParam);
  const guide = useQuery((signal) => getGuide(code, signal), [code]);
  const profile = useQuery((signal) => (user?.kind === 'applicant' ? getOwnProfile(user.id, signal) : Promise.resolve(undefined)), [user?.id]);
  const restored = useQuery((signal) => (restoreId && user?.kind === 'applicant' ? restoreDraft(restoreId, signal) : Promise.resolve(undefined)), [restoreId, user?.id]);
  const [result, setResult] = useState<SubmittedCase | null>(null);
  const draft = restoreId && restored.data?.draft.id === restoreId ? restored.data : undefined;
  const initialForm = useMemo(
    () => (draft ? draft.draft.form : guide.data ? prefill(guide.data.form, profile.data) : {}),
    [draft, guide.data, profile.data],
  );
  const restoring = restoreId !== null && !draft && !restored.error;

  // A clerk following a guide's 申请 button applies for the walk-in applicant at the window instead.
  if (user?.kind === 'staff') return <Navigate to={`/intake/window?item=${encodeURIComponent(code)}`} replace />;
  // A draft opened under another item's address: go to its own item.
  if (draft && draft.draft.itemCode !== code) return <Navigate to={`/apply/${encodeURIComponent(draft.draft.itemCode)}?draft=${encodeURIComponent(draft.draft.id)}`} replace />;
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
      {!guide.data || profile.loading || restoring ? (
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
          {restored.error !== undefined && restoreId && !savedDraft && (
            <Alert type="warning" showIcon title={t('case.draft.loadFailed')} style={{ marginBottom: 16 }} data-testid="draft-load-failed" />
          )}
          {draft && savedDraft !== draft.draft.id && (
            <Alert type="info" showIcon title={t('case.draft.restored', { time: formatTime(draft.draft.updatedAt) })} style={{ marginBottom: 16 }} data-testid="draft-restored" />
          )}
          <ApplicationForm
            key={draft ? `draft:${draft.draft.id}` : 'new'}
            guide={guide.data}
            initialForm={initialForm}
            initialMaterials={draft?.materials}
            draftId={draft?.draft.id}
            onDraftSaved={(id) => {
              setSavedDraft(id);
              if (draftParam !== id) setParams((current) => {
                const next = new URLSearchParams(current);
                next.set('draft', id);
                return next;
              }, { replace: true });
            }}
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
