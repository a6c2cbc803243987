import { Button, Card, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useEffect } from 'react';
import { useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { saveHallSettings, type HallSettings, type HallSetup, type OpeningRange } from '../api/hall';
import { WEEKDAY_KEYS } from './labels';

interface Values {
  /** One text per weekday, Monday first: "09:00-12:00, 13:30-17:00". */
  days: string[];
  notices: string;
  noShowCalls: number;
  elderlyAge: number;
  agingMinutes: number;
}

const toText = (hours: readonly OpeningRange[], weekday: number) =>
  hours.filter((h) => h.weekday === weekday).map((h) => `${h.open}-${h.close}`).join(', ');

function toHours(days: readonly string[]): OpeningRange[] {
  return days.flatMap((text, i) => (text ?? '').split(/[,，;；\s]+/).filter(Boolean).map((range) => {
    const [open = '', close = ''] = range.split(/[-–~至]/);
    return { weekday: i + 1, open: open.trim(), close: close.trim() };
  }));
}

/** Opening hours per weekday (holidays closed by the calendar), screen notices and the queue rules. */
export function SettingsForm({ setup, onSaved }: { setup: HallSetup; onSaved: (next: HallSetup) => void }) {
  const t = useT();
  const report = useReportError();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    const s = setup.settings;
    form.setFieldsValue({
      days: [1, 2, 3, 4, 5, 6, 7].map((d) => toText(s.hours, d)), notices: s.notices.join('\n'),
      noShowCalls: s.noShowCalls, elderlyAge: s.elderlyAge, agingMinutes: s.agingMinutes,
    });
  }, [setup, form]);

  async function save(values: Values) {
    const settings: HallSettings = {
      hours: toHours(values.days), notices: values.notices.split('\n').map((n) => n.trim()).filter(Boolean),
      noShowCalls: values.noShowCalls, elderlyAge: values.elderlyAge, agingMinutes: values.agingMinutes,
    };
    try {
      onSaved(await saveHallSettings(setup.hall.id, settings));
    } catch (error) {
      report(error);
    }
  }

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void save(v)} data-testid="hall-settings">
      <Flex gap={16} wrap align="flex-start">
        <Card size="small" title={t('hall.setup.hours')} style={{ flex: '1 1 360px' }}>
          <Typography.Paragraph type="secondary">{t('hall.setup.hoursHint')}</Typography.Paragraph>
          {WEEKDAY_KEYS.map((key, i) => (
            <Form.Item key={key} name={['days', i]} label={t(key)} style={{ marginBottom: 8 }}>
              <Input placeholder={t('hall.setup.closedDay')} />
            </Form.Item>
          ))}
        </Card>
        <Flex vertical gap={16} style={{ flex: '1 1 320px' }}>
          <Card size="small" title={t('hall.setup.rules')}>
            <Form.Item name="noShowCalls" label={t('hall.setup.noShowCalls')} rules={[{ required: true }]}><InputNumber min={1} max={10} /></Form.Item>
            <Form.Item name="elderlyAge" label={t('hall.setup.elderlyAge')} rules={[{ required: true }]}><InputNumber min={50} max={100} /></Form.Item>
            <Form.Item name="agingMinutes" label={t('hall.setup.agingMinutes')} rules={[{ required: true }]}><InputNumber min={5} max={240} /></Form.Item>
          </Card>
          <Card size="small" title={t('hall.setup.notices')}>
            <Form.Item name="notices" extra={t('hall.setup.noticesHint')} style={{ marginBottom: 0 }}><Input.TextArea rows={4} /></Form.Item>
          </Card>
          <Button type="primary" htmlType="submit" data-testid="hall-settings-save">{t('common.save')}</Button>
        </Flex>
      </Flex>
    </Form>
  );
}
