import { RollbackOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { withdrawCase } from '../api/applicant';

/** Withdrawing an application before conclusion (DOMAIN.md §4), after a confirmation that says it is final. */
export function WithdrawButton({ caseId, caseNo, onWithdrawn }: { caseId: string; caseNo: string; onWithdrawn: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [form] = Form.useForm<{ reason?: string }>();

  async function withdraw({ reason }: { reason?: string }) {
    setSending(true);
    try {
      await withdrawCase(caseId, reason?.trim() || undefined);
      void message.success(t('case.withdraw.done'));
      setOpen(false);
      onWithdrawn();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      <Button danger icon={<RollbackOutlined />} onClick={() => setOpen(true)} block data-testid="withdraw">
        {t('case.withdraw.button')}
      </Button>
      <Modal
        open={open}
        title={t('case.withdraw.title')}
        okText={t('case.withdraw.confirm')}
        okButtonProps={{ danger: true, loading: sending }}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('case.withdraw.warning', { caseNo })}</Typography.Paragraph>
        <Form form={form} layout="vertical" name="withdraw" onFinish={(values) => void withdraw(values)}>
          <Form.Item name="reason" label={t('case.withdraw.reason')}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('case.withdraw.reasonPlaceholder')} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
