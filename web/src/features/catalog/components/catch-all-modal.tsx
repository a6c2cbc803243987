import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { createCatchAllItem } from '../api/items';
import { PATTERNS } from '../utils/patterns';
import { DepartmentPicker } from './department-picker';

interface Values {
  departmentId: string;
  code?: string;
  name?: string;
}

/** Opens a department's catch-all item (兜底事项) from the server's template; then the editor takes over. */
export function CatchAllModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (code: string) => void }) {
  const t = useT();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  async function submit(values: Values) {
    setSaving(true);
    try {
      const view = await createCatchAllItem({
        departmentId: values.departmentId,
        ...(values.code?.trim() && { code: values.code.trim() }),
        ...(values.name?.trim() && { name: values.name.trim() }),
      });
      void message.success(t('catalog.catchAll.created'));
      form.resetFields();
      onCreated(view.code);
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal open={open} title={t('catalog.catchAll.title')} okText={t('common.create')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={saving} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('catalog.catchAll.description')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="catch-all" onFinish={(values) => void submit(values)}>
        <Form.Item name="departmentId" label={t('catalog.catchAll.department')} rules={[{ required: true, message: t('common.required') }]}>
          <DepartmentPicker />
        </Form.Item>
        <Form.Item name="code" label={t('catalog.catchAll.code')} rules={[{ pattern: PATTERNS.itemCode, message: t('catalog.basics.codeInvalid') }]}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="name" label={t('catalog.catchAll.name')} style={{ marginBottom: 0 }}>
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
