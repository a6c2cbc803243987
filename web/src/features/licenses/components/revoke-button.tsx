import { StopOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { revokeLicense } from '../api/licenses';

/** 撤销 (行政许可法 第六十九条): an approver or admin revokes a license with a reason; the public page then says so. */
export function RevokeButton({ licenseId, number, onRevoked }: { licenseId: string; number: string; onRevoked: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  async function revoke({ reason }: { reason: string }) {
    setSending(true);
    try {
      await revokeLicense(licenseId, reason.trim());
      void message.success(t('license.revoke.done'));
      setOpen(false);
      onRevoked();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      <Button danger icon={<StopOutlined />} onClick={() => setOpen(true)} data-testid="revoke">
        {t('license.revoke.button')}
      </Button>
      <Modal
        open={open}
        title={t('license.revoke.title')}
        okText={t('license.revoke.confirm')}
        okButtonProps={{ danger: true, loading: sending }}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('license.revoke.warning', { number })}</Typography.Paragraph>
        <Form form={form} layout="vertical" name="revoke" onFinish={(values) => void revoke(values)}>
          <Form.Item name="reason" label={t('license.revoke.reason')} rules={[{ required: true, whitespace: true, message: t('license.revoke.reasonRequired') }]}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
