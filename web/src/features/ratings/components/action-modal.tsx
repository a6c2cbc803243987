import { App, Button, Form, Input, Modal, Radio } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';

/** One field of an action: a required text, or a required choice among options. */
export interface ActionField {
  name: string;
  label: string;
  options?: { value: string; label: string }[];
  rows?: number;
}

/**
 * A button that opens a small form and posts it: the callback, the result, the appeal and its decision are all
 * "a few required fields, then reload the list". Field errors from the server go onto the fields.
 */
export function ActionModal({ button, title, fields, onSubmit, onDone, danger, testId }: {
  button: ReactNode;
  title: string;
  fields: ActionField[];
  onSubmit: (values: Record<string, string>) => Promise<unknown>;
  onDone: () => void;
  danger?: boolean;
  testId: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  const report = useReportError();
  const [form] = Form.useForm<Record<string, string>>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(values: Record<string, string>) {
    setBusy(true);
    try {
      await onSubmit(values);
      void message.success(t('common.saved'));
      setOpen(false);
      form.resetFields();
      onDone();
    } catch (error) {
      report(error, form);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button size="small" danger={danger} onClick={() => setOpen(true)} data-testid={testId}>{button}</Button>
      <Modal open={open} title={title} okText={t('common.save')} confirmLoading={busy} onOk={() => form.submit()} onCancel={() => setOpen(false)} destroyOnHidden>
        <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)}>
          {fields.map((field) => (
            <Form.Item key={field.name} name={field.name} label={field.label} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
              {field.options ? (
                <Radio.Group options={field.options} optionType="button" />
              ) : (
                <Input.TextArea rows={field.rows ?? 3} maxLength={1000} showCount />
              )}
            </Form.Item>
          ))}
        </Form>
      </Modal>
    </>
  );
}
