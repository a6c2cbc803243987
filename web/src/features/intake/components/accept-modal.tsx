import { Alert, App, Checkbox, Flex, Form, InputNumber, Modal, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { CaseDetail } from '@/features/cases/shared/case-api';
import type { Guide } from '@/features/cases/shared/guide-api';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { acceptCase } from '../api/intake';

interface Values {
  deferredMaterials: string[];
  supplyDays?: number;
  grant?: boolean;
}

/**
 * 受理: optionally with deferred materials (容缺). Only materials the item marks deferrable may be
 * deferred, and the supply period may not run past the promised limit; the server checks both again.
 */
export function AcceptModal({ open, detail, guide, problemCount, onClose, onAccepted }: {
  open: boolean;
  detail: CaseDetail;
  guide: Guide;
  problemCount: number;
  onClose: () => void;
  onAccepted: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const deferred = Form.useWatch('deferredMaterials', form) ?? [];
  const handedIn = new Set(detail.materials.map((m) => m.code));
  const deferrable = guide.materials.filter((spec) => spec.deferrable);
  const missingFixed = guide.materials.filter((spec) => spec.required && !spec.deferrable && !handedIn.has(spec.code));
  const canDefer = deferrable.length > 0 && guide.promisedDays > 0;

  // Reset on each opening only, so the clerk starts from what is missing now.
  useEffect(() => {
    if (!open) return;
    const missingDeferrable = deferrable.filter((spec) => spec.required && !handedIn.has(spec.code)).map((spec) => spec.code);
    form.setFieldsValue({ deferredMaterials: missingDeferrable, supplyDays: Math.min(5, guide.promisedDays) || undefined, grant: false });
  }, [open]);

  async function submit(values: Values) {
    setSaving(true);
    try {
      const withDeferral = values.deferredMaterials.length > 0;
      await acceptCase(detail.id, {
        ...(withDeferral && { deferredMaterials: values.deferredMaterials, supplyDays: values.supplyDays }),
        ...(detail.commitment && values.grant && { grant: true }),
      });
      void message.success(t('intake.accept.done'));
      onAccepted();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('intake.accept.title', { caseNo: detail.caseNo })}
      okText={t('intake.accept.ok')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      forceRender
      width={560}
    >
      <Flex vertical gap={12} style={{ marginTop: 12 }}>
        <Typography.Text>
          {guide.handling === 'instant' ? t('intake.accept.instant') : t('intake.accept.clock', { days: guide.promisedDays })}
        </Typography.Text>
        {problemCount > 0 && <Alert type="warning" showIcon title={t('intake.accept.problemsMarked', { count: problemCount })} />}
        {missingFixed.length > 0 && (
          <Alert type="warning" showIcon title={t('intake.accept.missingFixed', { names: missingFixed.map((spec) => spec.name).join('、') })} />
        )}
        <Form<Values> form={form} layout="vertical" name="accept" onFinish={(values) => void submit(values)}>
          {canDefer && (
            <Form.Item name="deferredMaterials" label={t('intake.accept.deferred')} extra={t('intake.accept.deferredHelp')} style={{ marginBottom: 12 }}>
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
                {deferrable.map((spec) => (
                  <Checkbox key={spec.code} value={spec.code}>
                    {spec.name}
                    {!handedIn.has(spec.code) && <Typography.Text type="danger"> （{t('case.material.notHandedIn')}）</Typography.Text>}
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
          )}
          {canDefer && deferred.length > 0 && (
            <Form.Item
              name="supplyDays"
              label={t('intake.accept.supplyDays')}
              extra={t('intake.accept.supplyDaysHelp', { days: guide.promisedDays })}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <InputNumber min={1} max={guide.promisedDays} suffix={t('intake.workdays')} style={{ width: 200 }} />
            </Form.Item>
          )}
          {!canDefer && <Form.Item name="deferredMaterials" hidden />}
          {detail.commitment && (
            <Form.Item name="grant" label={t('intake.accept.grant')} extra={t('intake.accept.grantHelp')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Flex>
    </Modal>
  );
}
