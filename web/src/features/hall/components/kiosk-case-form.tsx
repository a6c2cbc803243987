import { LockOutlined, NumberOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useT } from '@/lib/i18n';

/** The case number and query code, in large type (the kiosk's progress lookup and rating). */
export function KioskCaseForm({ submit, onFinish }: { submit: string; onFinish: (caseNo: string, queryCode: string) => void }) {
  const t = useT();
  return (
    <Form<{ caseNo: string; queryCode: string }> layout="vertical" requiredMark={false} onFinish={(v) => onFinish(v.caseNo.trim(), v.queryCode.trim())} style={{ maxWidth: 640, margin: '0 auto' }}>
      <Form.Item name="caseNo" label={t('case.caseNo')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input prefix={<NumberOutlined />} size="large" maxLength={40} autoComplete="off" style={{ fontFamily: 'monospace' }} data-testid="kiosk-case-no" />
      </Form.Item>
      <Form.Item name="queryCode" label={t('case.queryCode')} rules={[{ required: true, pattern: /^\d{6}$/, message: t('progress.codeRule') }]}>
        <Input prefix={<LockOutlined />} size="large" maxLength={6} inputMode="numeric" autoComplete="off" style={{ fontFamily: 'monospace', letterSpacing: 4 }} data-testid="kiosk-query-code" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block data-testid="kiosk-case-submit">{submit}</Button>
    </Form>
  );
}
