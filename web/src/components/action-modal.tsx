import { App, Button, Form, Input, Modal, Radio } from 'antd';
import { useState, type ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';

/**
 * A modal holding a small form that posts once: while the request runs the OK button spins, on success a toast
 * says so, the form is cleared and `onDone` runs (the caller closes it and reloads); field errors from the server
 * go onto the fields, anything else into a toast.
 */
export function FormModal<V extends object>({
  open, title, okText, successText, initialValues, requiredMark, testId, onSubmit, onClose, onDone, children,
}: {
  open: boolean;
  title: ReactNode;
  okText?: string;
  successText?: string;
  initialValues?: Partial<V>;
  requiredMark?: boolean;
  testId?: string;
  onSubmit: (values: V) => Promise<unknown>;
  onClose: () => void;
  onDone: () => void;
  children: ReactNode;
}) {
  const t = useT();
  const { message } = App.useApp();
  const report = useReportError();
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);

  async function submit(values: V) {
    setBusy(true);
    try {
      await onSubmit(values);
      void message.success(successText ?? t('common.saved'));
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
      open={open} title={title} okText={okText ?? t('common.save')} confirmLoading={busy}
      onOk={() => form.submit()} onCancel={onClose} destroyOnHidden data-testid={testId}
    >
      <Form form={form} layout="vertical" requiredMark={requiredMark} initialValues={initialValues} onFinish={(values) => void submit(values)}>
        {children}
      </Form>
    </Modal>
  );
}

/** One field of an action: a required text, or a required choice among options. */
export interface ActionField {
  name: string;
  label: string;
  options?: { value: string; label: string }[];
  rows?: number;
}

/**
 * A button that opens a small form and posts it: the callback, the result, the appeal and its decision, the
 * reply to an urge are all "a few required fields, then reload the list".
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
  const [open, setOpen] = useState(false);

  return (
    <>
      <Button size="small" danger={danger} onClick={() => setOpen(true)} data-testid={testId}>{button}</Button>
      <FormModal<Record<string, string>>
        open={open} title={title} requiredMark={false} onSubmit={onSubmit}
        onClose={() => setOpen(false)} onDone={() => { setOpen(false); onDone(); }}
      >
        {fields.map((field) => (
          <Form.Item key={field.name} name={field.name} label={field.label} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            {field.options ? (
              <Radio.Group options={field.options} optionType="button" />
            ) : (
              <Input.TextArea rows={field.rows ?? 3} maxLength={1000} showCount />
            )}
          </Form.Item>
        ))}
      </FormModal>
    </>
  );
}
