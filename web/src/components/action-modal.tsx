import { App, Button, Form, Input, Modal, Radio, type FormInstance } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';

/**
 * A modal holding a form that posts once. Each opening starts from `initialValues` (read as it opens); while the
 * request runs the OK button spins; on success a toast says so (unless `successText` is null: the caller tells the
 * user itself), the form is cleared and `onDone` gets the answer (the caller closes it and reloads); field errors
 * from the server go onto the fields (`fieldAliases` maps a server field onto a form field), anything else into a
 * toast. Pass `form` when the caller watches fields.
 */
export function FormModal<V extends object, R = unknown>({
  open, title, okText, okDanger, successText, initialValues, requiredMark, name, width, testId, before, after,
  fieldAliases, form: given, onSubmit, onClose, onDone, children,
}: {
  open: boolean;
  title: ReactNode;
  okText?: string;
  okDanger?: boolean;
  successText?: string | null;
  initialValues?: Partial<V>;
  requiredMark?: boolean;
  /** The form's name, which prefixes its fields' element ids. */
  name?: string;
  width?: number;
  testId?: string;
  /** Shown above and below the form. */
  before?: ReactNode;
  after?: ReactNode;
  fieldAliases?: Record<string, string>;
  form?: FormInstance<V>;
  onSubmit: (values: V) => Promise<R>;
  onClose: () => void;
  onDone: (result: R) => void;
  children: ReactNode;
}) {
  const t = useT();
  const { message } = App.useApp();
  const report = useReportError();
  const [own] = Form.useForm<V>();
  const form = given ?? own;
  const [busy, setBusy] = useState(false);

  // The form outlives a closed modal (the caller may hold it), so each opening starts again from initialValues.
  useEffect(() => {
    if (open) form.resetFields();
  }, [open]);

  async function submit(values: V) {
    setBusy(true);
    try {
      const result = await onSubmit(values);
      if (successText !== null) void message.success(successText ?? t('common.saved'));
      form.resetFields();
      onDone(result);
    } catch (error) {
      report(error, form, fieldAliases);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={open} title={title} okText={okText ?? t('common.save')} cancelText={t('common.cancel')} okButtonProps={{ danger: okDanger }}
      confirmLoading={busy} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden width={width} data-testid={testId}
    >
      {before}
      <Form<V>
        form={form} name={name} layout="vertical" requiredMark={requiredMark} initialValues={initialValues}
        onFinish={(values) => void submit(values)} style={{ marginTop: 12 }}
      >
        {children}
      </Form>
      {after}
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
