import { App, Button, DatePicker, Form, Input, InputNumber, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { useReportError } from '@/lib/use-report-error';
import { createSlots, listSlots, type HallSetup, type Slot } from '../api/hall';

interface Values {
  categoryId: string;
  period: [Dayjs, Dayjs];
  times: string;
  capacity: number;
}

const DAY = 'YYYY-MM-DD';

/** Opens appointment slots (预约时段) of a category over a period, and shows a day's slots with places left. */
export function SlotsForm({ setup }: { setup: HallSetup }) {
  const t = useT();
  const { message } = App.useApp();
  const report = useReportError();
  const [form] = Form.useForm<Values>();
  const [day, setDay] = useState<Dayjs | null>(null);
  const slots = useQuery((signal) => (day ? listSlots(setup.hall.id, { from: day.format(DAY), to: day.format(DAY) }, signal) : Promise.resolve({ slots: [] })), [setup.hall.id, day?.format(DAY)]);
  const category = new Map(setup.categories.map((c) => [c.id, `${c.prefix} ${c.name}`]));

  async function save(values: Values) {
    const times = values.times.split(/[,，\s]+/).filter(Boolean).map((range) => {
      const [start = '', end = ''] = range.split(/[-–~]/);
      return { start: start.trim(), end: end.trim() };
    });
    try {
      const created = await createSlots(setup.hall.id, { categoryId: values.categoryId, from: values.period[0].format(DAY), to: values.period[1].format(DAY), times, capacity: values.capacity });
      void message.success(t('hall.setup.slotsCreated', created));
      slots.reload();
    } catch (error) {
      report(error, form);
    }
  }

  return (
    <>
      <Form form={form} layout="inline" onFinish={(v) => void save(v)} initialValues={{ times: '09:00-09:30, 09:30-10:00, 10:00-10:30', capacity: 2 }} style={{ rowGap: 12, marginBottom: 16 }}>
        <Form.Item name="categoryId" label={t('hall.setup.category')} rules={[{ required: true, message: t('common.required') }]}>
          <Select style={{ width: 180 }} options={setup.categories.map((c) => ({ value: c.id, label: `${c.prefix} ${c.name}` }))} />
        </Form.Item>
        <Form.Item name="period" label={t('hall.setup.period')} rules={[{ required: true, message: t('common.required') }]}><DatePicker.RangePicker format={DAY} /></Form.Item>
        <Form.Item name="times" label={t('hall.setup.times')} rules={[{ required: true, message: t('common.required') }]}><Input style={{ width: 300 }} /></Form.Item>
        <Form.Item name="capacity" label={t('hall.setup.capacity')}><InputNumber min={1} max={500} /></Form.Item>
        <Button type="primary" htmlType="submit">{t('hall.setup.openSlots')}</Button>
      </Form>
      <Typography.Paragraph type="secondary">{t('hall.setup.slotsHint')}</Typography.Paragraph>
      <DatePicker value={day} onChange={setDay} format={DAY} placeholder={t('hall.setup.showDay')} style={{ marginBottom: 12 }} />
      <Table<Slot>
        rowKey="id" size="small" pagination={false} dataSource={slots.data?.slots ?? []} loading={slots.loading}
        columns={[
          { title: t('hall.setup.category'), dataIndex: 'categoryId', render: (id: string) => category.get(id) ?? id },
          { title: t('hall.setup.times'), render: (_, s) => `${s.startTime}–${s.endTime}` },
          { title: t('hall.setup.capacity'), dataIndex: 'capacity' },
          { title: t('hall.appt.available'), dataIndex: 'available' },
        ]}
      />
    </>
  );
}
