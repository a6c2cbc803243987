import { Alert, Checkbox, Flex, Form, InputNumber, Switch, Typography } from 'antd';
import { FormModal } from '@/components/action-modal';
import type { CaseDetail } from '@/features/cases/shared/case-api';
import type { Guide } from '@/features/cases/shared/guide-api';
import { useT } from '@/lib/i18n';
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
  const [form] = Form.useForm<Values>();
  const deferred = Form.useWatch('deferredMaterials', form) ?? [];
  const handedIn = new Set(detail.materials.map((m) => m.code));
  const deferrable = guide.materials.filter((spec) => spec.deferrable);
  const missingFixed = guide.materials.filter((spec) => spec.required && !spec.deferrable && !handedIn.has(spec.code));
  const canDefer = deferrable.length > 0 && guide.promisedDays > 0;
  // Each opening starts from what is missing now.
  const missingDeferrable = deferrable.filter((spec) => spec.required && !handedIn.has(spec.code)).map((spec) => spec.code);

  function submit(values: Values) {
    const withDeferral = values.deferredMaterials.length > 0;
    return acceptCase(detail.id, {
      ...(withDeferral && { deferredMaterials: values.deferredMaterials, supplyDays: values.supplyDays }),
      ...(detail.commitment && values.grant && { grant: true }),
    });
  }

  return (
    <FormModal<Values>
      open={open} form={form} name="accept" title={t('intake.accept.title', { caseNo: detail.caseNo })} okText={t('intake.accept.ok')} width={560}
      successText={t('intake.accept.done')} onSubmit={submit} onClose={onClose} onDone={onAccepted}
      initialValues={{ deferredMaterials: missingDeferrable, supplyDays: Math.min(5, guide.promisedDays) || undefined, grant: false }}
      before={
        <Flex vertical gap={12} style={{ marginTop: 12 }}>
          <Typography.Text>
            {guide.handling === 'instant' ? t('intake.accept.instant') : t('intake.accept.clock', { days: guide.promisedDays })}
          </Typography.Text>
          {problemCount > 0 && <Alert type="warning" showIcon title={t('intake.accept.problemsMarked', { count: problemCount })} />}
          {missingFixed.length > 0 && (
            <Alert type="warning" showIcon title={t('intake.accept.missingFixed', { names: missingFixed.map((spec) => spec.name).join('、') })} />
          )}
        </Flex>
      }
    >
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
    </FormModal>
  );
}
