import { Alert, Form, Input, Modal, Select, Tag, type FormInstance } from 'antd';
import { useEffect } from 'react';
import { useAuth } from '@/lib/auth-context';
import { useT } from '@/lib/i18n';
import { handOverTask, type CaseTask, type Colleague, type TaskActionResult, type WorkflowStep } from '../api/workbench';

export type Handover = 'transfer' | 'delegate' | 'add_signer';

interface Values {
  to?: string;
  note?: string;
}

/**
 * Who can take the task (DOMAIN.md §6, docs/workflow.md): a transfer goes to a member of the task's
 * department with its role, a delegation to a colleague of the task's department; a signer may be anyone of
 * my department. The list holds my own department's colleagues only (GET /api/v1/colleagues).
 */
export function eligible(kind: Handover, task: CaseTask, colleagues: readonly Colleague[], myDepartment: string | null): Colleague[] {
  if (kind === 'add_signer') return [...colleagues];
  if (task.departmentId !== myDepartment) return [];
  return kind === 'transfer' ? colleagues.filter((c) => c.roles.includes(task.role)) : [...colleagues];
}

/** Transfer (转办), delegate (委托) or add a signer (加签): a colleague and an optional note. */
export function HandoverModal({
  task,
  kind,
  steps,
  colleagues,
  busy,
  onSubmit,
  onClose,
}: {
  task: CaseTask | null;
  kind: Handover;
  steps: readonly WorkflowStep[];
  colleagues: readonly Colleague[];
  busy: boolean;
  onSubmit: (work: () => Promise<TaskActionResult>, form: FormInstance<Values>) => void;
  onClose: () => void;
}) {
  const t = useT();
  const { user } = useAuth();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (task) form.resetFields();
  }, [task, kind, form]);
  if (!task) return null;

  const stepName = steps.find((step) => step.key === task.stepKey)?.name ?? task.stepKey;
  const candidates = eligible(kind, task, colleagues, user?.departmentId ?? null);

  function submit(values: Values) {
    onSubmit(() => handOverTask(task!.id, kind, values.to ?? '', values.note ?? ''), form);
  }

  return (
    <Modal
      open
      title={t(`wb.handover.title.${kind}`, { step: stepName })}
      okText={t('wb.decide.submit')}
      okButtonProps={{ loading: busy, disabled: candidates.length === 0, 'data-testid': 'handover-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={520}
    >
      <Alert type="info" showIcon title={t(`wb.handover.hint.${kind}`)} style={{ marginBottom: 16 }} />
      {candidates.length === 0 ? (
        <Alert type="warning" showIcon title={t('wb.handover.none')} />
      ) : (
        <Form form={form} layout="vertical" onFinish={submit} data-testid="handover-form">
          <Form.Item name="to" label={t('wb.handover.to')} rules={[{ required: true, message: t('wb.handover.toRequired') }]}>
            <Select
              showSearch
              optionFilterProp="search"
              options={candidates.map((c) => ({
                value: c.id,
                search: `${c.name} ${c.username}`,
                label: (
                  <span>
                    {c.name} <span style={{ color: '#8a94a6' }}>{c.username}</span> {c.absent && <Tag color="orange">{t('wb.handover.absent')}</Tag>}
                  </span>
                ),
              }))}
              data-testid="handover-to"
            />
          </Form.Item>
          <Form.Item name="note" label={t('wb.handover.note')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
