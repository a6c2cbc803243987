import { Alert, Form, Input } from 'antd';
import type { CaseDetail } from '@/features/cases/shared/case-api';
import { FormModal } from '@/components/action-modal';
import { useT } from '@/lib/i18n';
import { proposeRefusal } from '../api/intake';

/** 拟不予受理: the clerk proposes, with the reason; an approver or supervisor decides (窗口无权否决). */
export function RefuseModal({ open, detail, onClose, onProposed }: { open: boolean; detail: CaseDetail; onClose: () => void; onProposed: () => void }) {
  const t = useT();

  return (
    <FormModal<{ reason: string }>
      open={open} name="refuse" title={t('intake.refuse.title', { caseNo: detail.caseNo })} okText={t('intake.refuse.ok')} okDanger
      successText={t('intake.refuse.done')} before={<Alert type="info" showIcon title={t('intake.refuse.rule')} style={{ marginTop: 12 }} />}
      onSubmit={({ reason }) => proposeRefusal(detail.id, reason.trim())} onClose={onClose} onDone={onProposed}
    >
      <Form.Item name="reason" label={t('intake.refuse.reason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 6 }} maxLength={1000} showCount placeholder={t('intake.refuse.placeholder')} />
      </Form.Item>
    </FormModal>
  );
}
