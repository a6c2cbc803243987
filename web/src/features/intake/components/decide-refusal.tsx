import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { decideRefusal } from '../api/intake';

/**
 * An approver's or supervisor's answer to a clerk's refusal proposal: confirm it (the refusal takes
 * effect and the applicant is told, with the remedies) or decline it (the case goes back to intake).
 */
export function DecideRefusal({ caseId, caseNo, reason, onDecided, size = 'middle' }: {
  caseId: string;
  caseNo: string;
  reason: string | undefined;
  onDecided: () => void;
  size?: 'small' | 'middle';
}) {
  const t = useT();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [mode, setMode] = useState<'confirm' | 'decline' | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ note?: string }>();

  async function decide({ note }: { note?: string }) {
    setSaving(true);
    try {
      await decideRefusal(caseId, mode === 'confirm', note?.trim() || undefined);
      void message.success(t(mode === 'confirm' ? 'intake.decide.confirmed' : 'intake.decide.declined'));
      setMode(null);
      onDecided();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <Flex gap={8} wrap>
        <Button danger type="primary" size={size} icon={<CheckOutlined />} onClick={() => setMode('confirm')} data-testid="confirm-refusal">
          {t('intake.decide.confirm')}
        </Button>
        <Button size={size} icon={<CloseOutlined />} onClick={() => setMode('decline')} data-testid="decline-refusal">
          {t('intake.decide.decline')}
        </Button>
      </Flex>
      <Modal
        open={mode !== null}
        title={t(mode === 'confirm' ? 'intake.decide.confirmTitle' : 'intake.decide.declineTitle', { caseNo })}
        okText={t(mode === 'confirm' ? 'intake.decide.confirm' : 'intake.decide.decline')}
        okButtonProps={{ danger: mode === 'confirm' }}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setMode(null)}
        confirmLoading={saving}
        destroyOnHidden
        forceRender
      >
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t('intake.decide.reasonLabel')}
          <Typography.Text strong>{reason ?? '—'}</Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t(mode === 'confirm' ? 'intake.decide.confirmHint' : 'intake.decide.declineHint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" name="decide-refusal" onFinish={(values) => void decide(values)}>
          {mode === 'decline' && (
            <Form.Item name="note" label={t('intake.decide.note')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
