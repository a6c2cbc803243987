import { CalendarOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '@/components/page-header';
import { todayInShanghai } from '@/features/cases/shared/format';
import { useT, type MessageKey } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { useReportError } from '@/lib/use-report-error';
import { book, cancelAppointment, changeAppointment, checkIn, myAppointments, type Appointment } from '../api/hall';
import { SlotPicker } from '../components/slot-picker';

const STATUS_COLOR: Record<Appointment['status'], string> = { booked: 'blue', checked_in: 'green', cancelled: 'default', no_show: 'red' };

/**
 * `/my-appointments` (applicant): book a slot at a hall (预约), change or cancel it before it starts, check in on
 * arrival (a priority ticket whose page then follows the queue). Missed appointments count against booking.
 */
export default function MyAppointmentsPage() {
  const t = useT();
  const { message } = App.useApp();
  const report = useReportError();
  const navigate = useNavigate();
  const list = useQuery((signal) => myAppointments(signal), []);
  const [picking, setPicking] = useState<{ change?: Appointment } | null>(null);
  const [slotId, setSlotId] = useState<string | null>(null);
  const pick = useCallback((id: string | null) => setSlotId(id), []);

  async function run(work: () => Promise<unknown>, done: MessageKey) {
    try {
      await work();
      void message.success(t(done));
      setPicking(null);
      list.reload();
    } catch (error) {
      report(error);
    }
  }

  async function arrive(appointment: Appointment) {
    try {
      navigate((await checkIn(appointment.id)).path);
    } catch (error) {
      report(error);
    }
  }

  return (
    <div data-testid="my-appointments">
      <PageHeader title={t('hall.appt.title')} description={t('hall.appt.description')}
        extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setPicking({})} data-testid="appt-new">{t('hall.appt.book')}</Button>} />
      <Table<Appointment>
        rowKey="id" loading={list.loading} dataSource={list.data?.appointments ?? []} pagination={false}
        locale={{ emptyText: t('hall.appt.empty') }}
        columns={[
          { title: t('hall.appt.when'), render: (_, a) => <><CalendarOutlined /> {a.day} {a.startTime}–{a.endTime}</> },
          { title: t('hall.appt.where'), render: (_, a) => <>{a.hallName} · {a.categoryName}</> },
          { title: t('hall.appt.status'), dataIndex: 'status', render: (s: Appointment['status']) => <Tag color={STATUS_COLOR[s]}>{t(`hall.appt.status.${s}`)}</Tag> },
          { title: t('hall.appt.code'), dataIndex: 'checkinCode', render: (code: string, a) => (a.status === 'booked' ? <Typography.Text copyable code>{code}</Typography.Text> : '—') },
          {
            title: t('common.actions'), render: (_, a) => a.status === 'booked' && (
              <Space wrap>
                <Button size="small" type="primary" onClick={() => void arrive(a)}>{t('hall.appt.checkIn')}</Button>
                <Button size="small" onClick={() => setPicking({ change: a })}>{t('hall.appt.change')}</Button>
                <Popconfirm title={t('hall.appt.cancelConfirm')} onConfirm={() => run(() => cancelAppointment(a.id), 'hall.appt.cancelled')}>
                  <Button size="small" danger>{t('hall.appt.cancel')}</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('hall.appt.rules')}</Typography.Paragraph>
      <Modal
        open={picking !== null} destroyOnHidden title={t(picking?.change ? 'hall.appt.change' : 'hall.appt.book')} okButtonProps={{ disabled: !slotId }}
        onCancel={() => setPicking(null)}
        onOk={() => slotId && void run(() => (picking?.change ? changeAppointment(picking.change.id, slotId) : book(slotId)), picking?.change ? 'hall.appt.changed' : 'hall.appt.booked')}
      >
        <SlotPicker today={todayInShanghai()} fixedHall={picking?.change?.hallId} onPick={pick} />
      </Modal>
    </div>
  );
}
