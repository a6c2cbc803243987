import { Form, Input, InputNumber, Modal, Typography, App } from 'antd';
import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { urgeCase } from '../api/supervision';

/** What is urged: a case, or one of its step tasks. */
export interface UrgeTarget {
  caseId: string;
  caseNo: string;
  taskId?: string | undefined;
  stepKey?: string | undefined;
}

/** 催办: the supervisor's message and the reply period in workdays (3 unless changed; at most 20). */
export function UrgeModal({ target, onClose, onDone }: { target: UrgeTarget | null; onClose: () => void; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const report = useReportError();
  const [form] = Form.useForm<{ message: string; replyWorkdays: number }>();
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!target) return;
    const values = await form.validateFields();
    setBusy(true);
    try {
      await urgeCase(target.caseId, { ...values, taskId: target.taskId });
      void message.success(t('sv.urge.done'));
      form.resetFields();
      onDone();
    } catch (error) {
      report(error, form);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={target !== null} title={target && t('sv.urge.title', { caseNo: target.caseNo })} okText={t('sv.urge')} confirmLoading={busy}
      onOk={() => void submit()} onCancel={onClose} destroyOnHidden data-testid="urge-modal"
    >
      {target?.stepKey && <Typography.Paragraph type="secondary">{t('sv.urge.task', { step: target.stepKey })}</Typography.Paragraph>}
      <Form form={form} layout="vertical" initialValues={{ replyWorkdays: 3 }}>
        <Form.Item name="message" label={t('sv.urge.message')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 500 }]}>
          <Input.TextArea rows={3} placeholder={t('sv.urge.messagePlaceholder')} data-testid="urge-message" />
        </Form.Item>
        <Form.Item name="replyWorkdays" label={t('sv.urge.replyWorkdays')} rules={[{ required: true }]}>
          <InputNumber min={1} max={20} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
