import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Empty, Flex, Form, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useT } from '@/lib/i18n';
import { ApiError } from '@/lib/api-client';
import { useReportError } from '@/lib/use-report-error';
import { saveDraft } from './draft-api';
import { cleanFormValues, ItemFormFields } from './form-fields';
import type { Guide } from './guide-api';
import { isHandedIn, MaterialsChecklist, type MaterialValue } from './materials-checklist';
import { newIdempotencyKey, submitApplication, type ApplicationInput, type SubmittedCase } from './submit-api';

interface Values {
  form?: Record<string, unknown>;
  commitment?: boolean;
}

/**
 * Applying for an item: its form, its materials with uploads, and the submission. Online the applicant
 * applies for themselves; at the window (`applicantId`) a clerk applies for a walk-in applicant and may
 * tick paper originals received. One Idempotency-Key per attempt, reused on every retry of it.
 * Online, with `onDraftSaved`, the applicant may also save it unfinished (保存草稿, nothing checked) and
 * come back to it; submitting then names the draft, which the server removes with the submission.
 */
export function ApplicationForm({
  guide,
  applicantId,
  initialForm,
  initialMaterials,
  draftId: restoredDraftId,
  onDraftSaved,
  onSubmitted,
}: {
  guide: Guide;
  applicantId?: string;
  initialForm?: Record<string, unknown>;
  /** The uploads of a restored draft. */
  initialMaterials?: Record<string, MaterialValue>;
  /** The draft this form was restored from. */
  draftId?: string;
  /** Offers 保存草稿 (online only); told the draft's id after each save. */
  onDraftSaved?: (id: string) => void;
  onSubmitted: (result: SubmittedCase) => void;
}) {
  const t = useT();
  const { modal, message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const [materials, setMaterials] = useState<Record<string, MaterialValue>>(initialMaterials ?? {});
  const [uploading, setUploading] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const [savingDraft, setSavingDraft] = useState(false);
  const [draftId, setDraftId] = useState(restoredDraftId);
  const idempotencyKey = useRef(newIdempotencyKey());
  const atWindow = applicantId !== undefined;

  function input(values: Values): ApplicationInput {
    const handedIn = guide.materials.flatMap((spec) => {
      const value = materials[spec.code];
      if (value?.file) return [{ code: spec.code, fileId: value.file.id }];
      return value?.paper ? [{ code: spec.code }] : [];
    });
    return {
      itemCode: guide.code,
      form: cleanFormValues(guide.form, values.form),
      materials: handedIn,
      ...(guide.commitmentAllowed && values.commitment && { commitment: true }),
      ...(atWindow && { applicantId, channel: 'window' as const }),
      ...(!atWindow && draftId && { draftId }),
    };
  }

  /** Saves what there is so far, unchecked: a new draft the first time, the same one after. */
  async function saveAsDraft() {
    if (!onDraftSaved) return;
    const { itemCode, form: values, materials: handedIn } = input(form.getFieldsValue(true) as Values);
    const body = { itemCode, form: values, materials: handedIn.filter((m) => m.fileId) };
    setSavingDraft(true);
    try {
      let saved;
      try {
        saved = await saveDraft(body, draftId);
      } catch (error) {
        // Deleted meanwhile (from another tab): keep the work as a new draft.
        if (!(draftId && error instanceof ApiError && error.status === 404)) throw error;
        saved = await saveDraft(body);
      }
      setDraftId(saved.id);
      onDraftSaved(saved.id);
      void message.success(t('case.draft.saved'));
    } catch (error) {
      reportError(error);
    } finally {
      setSavingDraft(false);
    }
  }

  async function send(values: Values) {
    setSubmitting(true);
    try {
      onSubmitted(await submitApplication(input(values), idempotencyKey.current));
    } catch (error) {
      reportError(error, form);
    } finally {
      setSubmitting(false);
    }
  }

  function submit(values: Values) {
    const missing = guide.materials.filter((spec) => spec.required && !isHandedIn(materials[spec.code]));
    // With a signed commitment (告知承诺) the promise stands in for the materials.
    if (missing.length === 0 || (guide.commitmentAllowed && values.commitment)) {
      void send(values);
      return;
    }
    // Nothing forbids applying with a material missing: the office then names it in the one-time notice.
    modal.confirm({
      title: t('case.apply.missingTitle', { count: missing.length }),
      content: (
        <Flex vertical gap={8}>
          <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="missing-materials">
            {missing.map((spec) => (
              <li key={spec.code}>{spec.name}</li>
            ))}
          </ul>
          <Typography.Text type="secondary">{t(atWindow ? 'case.apply.missingWindow' : 'case.apply.missingOnline')}</Typography.Text>
        </Flex>
      ),
      okText: t('case.apply.submitAnyway'),
      cancelText: t('case.apply.keepUploading'),
      onOk: () => send(values),
    });
  }

  return (
    <Form<Values> form={form} layout="vertical" name="application" onFinish={submit} scrollToFirstError initialValues={{ form: initialForm }} requiredMark>
      <Card variant="borderless" title={t('case.apply.formTitle')} style={{ marginBottom: 16 }} data-testid="application-fields">
        {guide.form.length > 0 ? <ItemFormFields fields={guide.form} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('case.apply.noForm')} />}
      </Card>
      <Card
        variant="borderless"
        title={t('case.apply.materialsTitle')}
        extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('case.upload.hint')}</Typography.Text>}
        style={{ marginBottom: 16 }}
        styles={{ body: { paddingTop: 4, paddingBottom: 4 } }}
      >
        <MaterialsChecklist
          specs={guide.materials}
          values={materials}
          onChange={(code, value) => setMaterials((current) => ({ ...current, [code]: value }))}
          applicantId={applicantId}
          atWindow={atWindow}
          onBusy={(busy) => setUploading((count) => count + (busy ? 1 : -1))}
        />
      </Card>
      {guide.commitmentAllowed && (
        <Card variant="borderless" title={t('case.commitment.title')} style={{ marginBottom: 16 }} data-testid="commitment">
          <Alert type="info" showIcon title={t('case.commitment.explain')} style={{ marginBottom: 12 }} />
          <Form.Item name="commitment" valuePropName="checked" style={{ marginBottom: 0 }}>
            <Checkbox>{t(atWindow ? 'case.commitment.signWindow' : 'case.commitment.sign')}</Checkbox>
          </Form.Item>
        </Card>
      )}
      <Card variant="borderless">
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Typography.Text type="secondary" style={{ flex: '1 1 280px' }}>
            {t(atWindow ? 'case.apply.windowNote' : 'case.apply.onlineNote')}
          </Typography.Text>
          {onDraftSaved && !atWindow && (
            <Button size="large" icon={<SaveOutlined />} loading={savingDraft} disabled={uploading > 0 || submitting} onClick={() => void saveAsDraft()} data-testid="save-draft">
              {t('case.draft.save')}
            </Button>
          )}
          <Button
            type="primary"
            size="large"
            htmlType="submit"
            icon={<SendOutlined />}
            loading={submitting}
            disabled={uploading > 0}
            style={{ flex: '0 1 220px' }}
            data-testid="submit-application"
          >
            {t(uploading > 0 ? 'case.apply.waitUploads' : 'case.apply.submit')}
          </Button>
        </Flex>
      </Card>
    </Form>
  );
}
