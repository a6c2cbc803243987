import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useT } from '@/lib/i18n';
import { completeTask, type CaseTask, type TaskActionResult, type WorkflowStep } from '../api/workbench';

/** approve (同意 / 准予许可 / a delegate's report), return (to an earlier step), deny (decide steps only). */
export type Decision = 'approve' | 'return' | 'deny';

interface Values {
  opinion?: string;
  returnTo?: string;
}

/**
 * How the approve button and dialog are called on this task: a grant where approving concludes the case
 * (the last step, a decide step), a report on a delegated task, otherwise 同意.
 */
export function approveLabel(task: CaseTask, steps: readonly WorkflowStep[]): 'approve' | 'grant' | 'report' {
  if (task.kind === 'delegate') return 'report';
  const last = steps.at(-1);
  return last?.key === task.stepKey && last.kind === 'decide' && task.kind === 'step' ? 'grant' : 'approve';
}

/**
 * The opinion for a decision. Return and deny must say why (the server refuses a blank reason); return
 * names an earlier step, which then starts afresh. `onSubmit` runs the request and reports its errors.
 */
export function DecisionModal({
  task,
  decision,
  steps,
  busy,
  onSubmit,
  onClose,
}: {
  task: CaseTask | null;
  decision: Decision;
  steps: readonly WorkflowStep[];
  busy: boolean;
  onSubmit: (work: () => Promise<TaskActionResult>, form: ReturnType<typeof Form.useForm<Values>>[0]) => void;
  onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (task) form.resetFields();
  }, [task, decision, form]);
  if (!task) return null;

  const stepName = steps.find((step) => step.key === task.stepKey)?.name ?? task.stepKey;
  const earlier = steps.slice(0, Math.max(0, steps.findIndex((step) => step.key === task.stepKey)));
  const needsReason = decision !== 'approve';
  const label = decision === 'approve' ? approveLabel(task, steps) : decision;

  function submit(values: Values) {
    onSubmit(
      () => completeTask(task!.id, { decision, opinion: values.opinion?.trim() ?? '', ...(decision === 'return' && { returnTo: values.returnTo }) }),
      form,
    );
  }

  return (
    <Modal
      open
      title={t(`wb.decide.title.${label}`, { step: stepName })}
      okText={t('wb.decide.submit')}
      okButtonProps={{ danger: decision === 'deny', loading: busy, 'data-testid': 'decision-submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={needsReason} data-testid="decision-form" data-decision={decision}>
        {decision === 'return' && (
          <Form.Item name="returnTo" label={t('wb.decide.returnTo')} rules={[{ required: true, message: t('wb.decide.returnToRequired') }]} initialValue={earlier.at(-1)?.key}>
            <Select options={earlier.map((step) => ({ value: step.key, label: step.name }))} data-testid="return-to" />
          </Form.Item>
        )}
        <Form.Item
          name="opinion"
          label={t(needsReason ? 'wb.decide.reason' : 'wb.decide.opinion')}
          rules={needsReason ? [{ required: true, whitespace: true, message: t('wb.decide.reasonRequired') }] : []}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            showCount
            placeholder={t(`wb.decide.placeholder.${decision}`)}
            data-testid="decision-opinion"
          />
        </Form.Item>
      </Form>
      {decision === 'return' && <Alert type="warning" showIcon title={t('wb.decide.returnHint')} />}
      {decision === 'deny' && <Alert type="error" showIcon title={t('wb.decide.denyHint')} />}
      {label === 'grant' && <Alert type="success" showIcon title={t('wb.decide.grantHint')} />}
    </Modal>
  );
}
