import { SendOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { deliverCase, type DeliveryMethod } from '../api/licenses';

const METHODS: DeliveryMethod[] = ['window', 'mail', 'download'];

/** 送达 (行政许可法 第四十四条): a clerk or handler records how the result reached the applicant. */
export function DeliverButton({ caseId, onDelivered }: { caseId: string; onDelivered: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [form] = Form.useForm<{ method: DeliveryMethod; trackingNo?: string }>();
  const method = Form.useWatch('method', form);

  async function deliver(values: { method: DeliveryMethod; trackingNo?: string }) {
    setSending(true);
    try {
      await deliverCase(caseId, values.method, values.method === 'mail' ? values.trackingNo?.trim() : undefined);
      void message.success(t('license.deliver.done'));
      setOpen(false);
      onDelivered();
    } catch (error) {
      reportError(error, form);
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      <Button type="primary" icon={<SendOutlined />} onClick={() => setOpen(true)} data-testid="deliver">
        {t('license.deliver.button')}
      </Button>
      <Modal
        open={open}
        title={t('license.deliver.title')}
        okText={t('license.deliver.confirm')}
        okButtonProps={{ loading: sending }}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="deliver" initialValues={{ method: 'window' }} onFinish={(values) => void deliver(values)}>
          <Form.Item name="method" label={t('license.deliver.method')}>
            <Radio.Group optionType="button" options={METHODS.map((m) => ({ value: m, label: t(`license.delivery.method.${m}`) }))} />
          </Form.Item>
          {method === 'mail' && (
            <Form.Item name="trackingNo" label={t('license.deliver.trackingNo')} rules={[{ required: true, whitespace: true, message: t('license.deliver.trackingRequired') }]}>
              <Input maxLength={40} style={{ fontFamily: 'monospace' }} autoComplete="off" data-testid="tracking-no" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
