import { Form, Input, InputNumber, Typography } from 'antd';
import { FormModal } from '@/components/action-modal';
import { useT } from '@/lib/i18n';
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

  return (
    <FormModal<{ message: string; replyWorkdays: number }>
      open={target !== null} title={target && t('sv.urge.title', { caseNo: target.caseNo })} okText={t('sv.urge')} successText={t('sv.urge.done')}
      initialValues={{ replyWorkdays: 3 }} testId="urge-modal" onClose={onClose} onDone={onDone}
      onSubmit={(values) => (target ? urgeCase(target.caseId, { ...values, taskId: target.taskId }) : Promise.resolve())}
    >
      {target?.stepKey && <Typography.Paragraph type="secondary">{t('sv.urge.task', { step: target.stepKey })}</Typography.Paragraph>}
      <Form.Item name="message" label={t('sv.urge.message')} rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 500 }]}>
        <Input.TextArea rows={3} placeholder={t('sv.urge.messagePlaceholder')} data-testid="urge-message" />
      </Form.Item>
      <Form.Item name="replyWorkdays" label={t('sv.urge.replyWorkdays')} rules={[{ required: true }]}>
        <InputNumber min={1} max={20} precision={0} />
      </Form.Item>
    </FormModal>
  );
}
