import { SUSPENSION_KINDS } from '@core/cases/case-suspension';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useLang, useT } from '@/lib/i18n';
import { suspendCase, type SuspensionKind } from '../api/workbench';
import type { useRunAction } from './use-run-action';

interface Values {
  kind?: SuspensionKind;
  reason?: string;
  expectedWorkdays?: number | null;
}

/** Stops the decision clock for one of the procedures of 行政许可法 第四十五条 (a closed list, core/cases). */
export function SuspendModal({ open, caseId, run, busy, onClose }: { open: boolean; caseId: string; run: ReturnType<typeof useRunAction>['run']; busy: boolean; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const [form] = Form.useForm<Values>();

  async function submit(values: Values) {
    const input = {
      kind: values.kind as SuspensionKind,
      reason: values.reason?.trim() ?? '',
      ...(values.expectedWorkdays ? { expectedWorkdays: values.expectedWorkdays } : {}),
    };
    if (await run('suspend', () => suspendCase(caseId, input), () => t('wb.suspend.done'), form)) onClose();
  }

  return (
    <Modal
      open={open}
      title={t('wb.suspend.title')}
      okText={t('wb.decide.submit')}
      okButtonProps={{ loading: busy, 'data-testid': 'suspend-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Alert type="info" showIcon title={t('wb.suspend.hint')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} preserve={false} data-testid="suspend-form">
        <Form.Item name="kind" label={t('wb.suspend.kind')} rules={[{ required: true, message: t('wb.suspend.kindRequired') }]}>
          <Select options={SUSPENSION_KINDS.map((k) => ({ value: k.code, label: k[lang] }))} data-testid="suspend-kind" />
        </Form.Item>
        <Form.Item name="reason" label={t('wb.suspend.reason')} rules={[{ required: true, whitespace: true, message: t('wb.decide.reasonRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} placeholder={t('wb.suspend.reasonPlaceholder')} data-testid="suspend-reason" />
        </Form.Item>
        <Form.Item name="expectedWorkdays" label={t('wb.suspend.expected')}>
          <InputNumber min={1} max={365} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
