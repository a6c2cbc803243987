import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '@/features/cases/shared/case-api';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { proposeRefusal } from '../api/intake';

/** 拟不予受理: the clerk proposes, with the reason; an approver or supervisor decides (窗口无权否决). */
export function RefuseModal({ open, detail, onClose, onProposed }: { open: boolean; detail: CaseDetail; onClose: () => void; onProposed: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<{ reason: string }>();
  const [saving, setSaving] = useState(false);

  async function submit({ reason }: { reason: string }) {
    setSaving(true);
    try {
      await proposeRefusal(detail.id, reason.trim());
      void message.success(t('intake.refuse.done'));
      onProposed();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open={open}
      title={t('intake.refuse.title', { caseNo: detail.caseNo })}
      okText={t('intake.refuse.ok')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      forceRender
    >
      <Alert type="info" showIcon title={t('intake.refuse.rule')} style={{ margin: '12px 0 16px' }} />
      <Form form={form} layout="vertical" name="refuse" onFinish={(values) => void submit(values)}>
        <Form.Item name="reason" label={t('intake.refuse.reason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} showCount placeholder={t('intake.refuse.placeholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
