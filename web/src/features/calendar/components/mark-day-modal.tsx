import { App, Alert, Button, Descriptions, Form, Input, Modal, Radio, Space, Tag } from 'antd';
import { useState } from 'react';
import { DAY_KINDS } from '@core/calendar/day-marks';
import { useLang, useT } from '@/lib/i18n';
import { useReportError } from '@/lib/use-report-error';
import { clearDay, markDay, type DayKind, type YearDay } from '../api/calendar';
import { dayName, isoWeekday, KIND_STYLE } from '../utils/days';

interface Values {
  kind: DayKind;
  name?: string;
}

/** Marks one day as a holiday, make-up workday, workday or weekend (with a name), or clears an admin's mark. */
export function MarkDayModal({ day, onClose, onChanged }: { day: YearDay | null; onClose: () => void; onChanged: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState<'save' | 'clear' | null>(null);

  if (!day) return null;
  const weekday = t('calendar.weekdays').split(',')[isoWeekday(day.date) - 1] ?? '';

  async function save(values: Values) {
    if (!day) return;
    setBusy('save');
    try {
      const name = values.name?.trim();
      await markDay(day.date, { kind: values.kind, ...(name && { name }) });
      void message.success(t('calendar.mark.saved', { date: day.date, kind: t(`calendar.kind.${values.kind}`) }));
      onChanged();
    } catch (error) {
      reportError(error, form);
    } finally {
      setBusy(null);
    }
  }

  async function clear() {
    if (!day) return;
    setBusy('clear');
    try {
      await clearDay(day.date);
      void message.success(t('calendar.mark.cleared', { date: day.date }));
      onChanged();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  }

  const current = KIND_STYLE[day.kind];
  return (
    <Modal
      open
      title={t('calendar.mark.title', { date: day.date, weekday })}
      onCancel={onClose}
      destroyOnHidden
      data-testid="mark-day-modal"
      footer={
        <Space>
          {day.overridden && (
            <Button danger onClick={() => void clear()} loading={busy === 'clear'} title={t('calendar.mark.clearHint')} data-testid="clear-mark">
              {t('calendar.mark.clear')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => form.submit()} loading={busy === 'save'} data-testid="save-mark">
            {t('calendar.mark.save')}
          </Button>
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 12 }}
        items={[
          {
            key: 'current',
            label: t('calendar.mark.current'),
            children: (
              <Space size={6}>
                <Tag style={{ background: current.background, color: current.color, borderColor: current.border }}>{t(`calendar.kind.${day.kind}`)}</Tag>
                {dayName(day.name, lang)}
                {day.overridden && <Tag color="blue">{t('calendar.overridden')}</Tag>}
              </Space>
            ),
          },
        ]}
      />
      {day.overridden && <Alert type="info" showIcon title={t('calendar.mark.overriddenNote')} description={t('calendar.mark.clearHint')} style={{ marginBottom: 12 }} />}
      <Form form={form} key={day.date} layout="vertical" name="mark-day" initialValues={{ kind: day.kind, name: day.name }} onFinish={(values) => void save(values)}>
        <Form.Item name="kind" label={t('calendar.mark.kind')} rules={[{ required: true, message: t('common.required') }]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={DAY_KINDS.map((kind) => ({ value: kind, label: t(`calendar.kind.${kind}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('calendar.mark.name')} extra={t('calendar.mark.effect')} style={{ marginBottom: 0 }}>
          <Input maxLength={30} placeholder={t('calendar.mark.namePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
