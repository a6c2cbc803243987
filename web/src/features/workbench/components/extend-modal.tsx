import { isJointHandling } from '@core/cases/case-extension';
import { extensionLimit } from '@core/clock/extension';
import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useT } from '@/lib/i18n';
import { extendCase, type WorkflowStep } from '../api/workbench';
import type { useRunAction } from './use-run-action';

interface Values {
  workdays?: number;
  reason?: string;
}

/**
 * 延期 (行政许可法 第四十二条): once, up to 10 workdays on the agency head's approval, or 15 for joint handling
 * on the approval of the government head at that level; the limit comes from the core, as the server checks it.
 */
export function ExtendModal({
  open, caseId, steps, run, busy, onClose,
}: { open: boolean; caseId: string; steps: readonly WorkflowStep[]; run: ReturnType<typeof useRunAction>['run']; busy: boolean; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const joint = isJointHandling(steps);
  const limit = extensionLimit({ jointHandling: joint });

  async function submit(values: Values) {
    const input = { workdays: values.workdays ?? 0, reason: values.reason?.trim() ?? '' };
    if (await run('extend', () => extendCase(caseId, input), () => t('wb.extend.done'), form)) onClose();
  }

  return (
    <Modal
      open={open}
      title={t('wb.extend.title')}
      okText={t('wb.decide.submit')}
      okButtonProps={{ loading: busy, 'data-testid': 'extend-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Alert type="info" showIcon title={t(joint ? 'wb.extend.hint.government_head' : 'wb.extend.hint.agency_head', { limit })} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} preserve={false} initialValues={{ workdays: limit }} data-testid="extend-form">
        <Form.Item name="workdays" label={t('wb.extend.workdays')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={1} max={limit} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="reason" label={t('wb.extend.reason')} rules={[{ required: true, whitespace: true, message: t('wb.decide.reasonRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} placeholder={t('wb.extend.reasonPlaceholder')} data-testid="extend-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
