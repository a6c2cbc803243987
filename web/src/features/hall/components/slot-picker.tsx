import { Empty, Flex, Radio, Select, Spin } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '@/lib/i18n';
import { useQuery } from '@/lib/use-query';
import { getScreen, listSlots, publicHalls } from '../api/hall';

const DAYS_AHEAD = 14;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Hall, category, day, then a slot with places left; `onPick` gets the slot id (null until one is chosen). */
export function SlotPicker({ today, fixedHall, onPick }: { today: string; fixedHall?: string; onPick: (slotId: string | null) => void }) {
  const t = useT();
  const halls = useQuery((signal) => publicHalls(signal), []);
  const [hallId, setHallId] = useState<string | undefined>(fixedHall);
  const [categoryId, setCategoryId] = useState<string>();
  const [day, setDay] = useState<string>();
  const [slotId, setSlotId] = useState<string | null>(null);
  const hall = hallId ?? halls.data?.halls[0]?.id;
  const screen = useQuery((signal) => (hall ? getScreen(hall, signal) : Promise.resolve(null)), [hall]);
  const slots = useQuery((signal) => (hall && categoryId ? listSlots(hall, { from: addDays(today, 0), to: addDays(today, DAYS_AHEAD), categoryId }, signal) : Promise.resolve({ slots: [] })), [hall, categoryId, today]);
  const days = useMemo(() => [...new Set((slots.data?.slots ?? []).filter((s) => s.bookable).map((s) => s.day))], [slots.data]);
  const ofDay = (slots.data?.slots ?? []).filter((s) => s.day === day);
  useEffect(() => onPick(slotId), [slotId, onPick]);

  return (
    <Flex vertical gap={12} data-testid="slot-picker">
      {!fixedHall && (
        <Select value={hall} onChange={(id: string) => { setHallId(id); setCategoryId(undefined); setDay(undefined); setSlotId(null); }}
          options={(halls.data?.halls ?? []).map((h) => ({ value: h.id, label: h.name }))} placeholder={t('hall.choose')} />
      )}
      <Select value={categoryId} onChange={(id: string) => { setCategoryId(id); setDay(undefined); setSlotId(null); }} placeholder={t('hall.appt.category')} data-testid="appt-category"
        options={(screen.data?.categories ?? []).map((c) => ({ value: c.id, label: `${c.prefix} ${c.name}` }))} />
      {categoryId && (
        <Select value={day} onChange={(d: string) => { setDay(d); setSlotId(null); }} placeholder={t('hall.appt.day')} data-testid="appt-day"
          options={days.map((d) => ({ value: d, label: d }))} notFoundContent={t('hall.appt.noDays')} />
      )}
      {slots.loading && categoryId && <Spin />}
      {day && (ofDay.length === 0 ? <Empty /> : (
        <Radio.Group value={slotId} onChange={(e) => setSlotId(e.target.value as string)} optionType="button" buttonStyle="solid" data-testid="appt-slots"
          options={ofDay.map((s) => ({ value: s.id, disabled: !s.bookable, label: `${s.startTime}–${s.endTime}（${t('hall.appt.left', { count: s.available })}）` }))} />
      ))}
    </Flex>
  );
}
