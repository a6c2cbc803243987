import { addDays, dayKind, officialCalendar, parseLocalDate, type IsoWeekday } from '../../core/calendar/index.js';
import { localDateOf } from '../../core/clock/index.js';
import { clockTimeOf, DEFAULT_HALL_RULES, openingOn, slotTimesWithin, type OpeningRange } from '../../core/hall/index.js';
import type { Department } from '../../core/organization/types.js';
import { insertSlots, type NewSlot } from '../../store/repositories/hall-appointment-repository.js';
import { saveCategory, saveHallSettings, saveWindow } from '../../store/repositories/hall-setup-repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx, Trx } from '../context.js';
import { nowIso } from '../context.js';

/** The city hall's hours, as its guides state them (CITY_HALL.hallHours): weekdays 9:00–12:00, 13:30–17:00. */
const HOURS: OpeningRange[] = ([1, 2, 3, 4, 5] as IsoWeekday[]).flatMap((weekday) => [
  { weekday, open: '09:00', close: '12:00' }, { weekday, open: '13:30', close: '17:00' },
]);

const NOTICES = [
  '请留意手机或大屏叫号信息，过号三次须重新取号',
  '老年人、残疾人请至综合受理 1 号窗口优先办理',
  '微信扫描大厅二维码可手机取号、实时查看排队进度',
];

/** Business categories of the demo hall and the demo items each covers. */
const CATEGORIES = [
  { prefix: 'A', name: '企业开办', minutes: 15, items: ['360100-SC-0101', '360100-SC-0102', '360100-SC-1101'] },
  { prefix: 'B', name: '不动产登记', minutes: 20, items: ['360100-ZR-0701', '360100-ZR-0702', '360100-ZR-2001'] },
  { prefix: 'C', name: '社保医保', minutes: 8, items: ['360100-RS-2001', '360100-RS-2002', '360100-RS-2003'] },
  { prefix: 'D', name: '综合事项', minutes: 12, items: ['360100-WJ-0101', '360100-WJ-0102', '360100-JT-0101', '360100-JT-0102', '360100-ZR-0102', '360100-ZJ-0101', '360100-ZJ-0102', '360100-ST-0101'] },
] as const;

/** The demo windows (departments of demo-data.ts), their numbers on the screen and what they serve. */
const WINDOWS = [
  { key: 'window-1', number: '1', serves: ['A', 'D'] },
  { key: 'window-2', number: '2', serves: ['B', 'C', 'D'] },
  { key: 'window-3', number: '3', serves: ['C', 'D'] },
] as const;

/** Half-hour appointment slots over the opening hours, two places each, for the next two weeks. */
const SLOT_DAYS = 14;
const SLOT_PLACES = 2;

/** Sets the demo hall up for queueing (issue 9): hours, notices, categories, windows and appointment slots. */
export async function loadDemoHall(trx: Trx, ctx: Ctx, departments: ReadonlyMap<string, Department>): Promise<void> {
  const hall = departments.get('hall');
  if (!hall) throw new Error('demo hall: no demo department "hall"');
  const now = nowIso(ctx);
  await saveHallSettings(trx, { hallId: hall.id, hours: HOURS, notices: NOTICES, rules: DEFAULT_HALL_RULES }, now);
  const ids = new Map<string, string>();
  for (const [i, c] of CATEGORIES.entries()) {
    const id = ctx.newId();
    ids.set(c.prefix, id);
    await saveCategory(trx, { id, hallId: hall.id, prefix: c.prefix, name: c.name, itemCodes: c.items, serviceMinutes: c.minutes, sortOrder: i + 1, active: true }, now);
  }
  for (const w of WINDOWS) {
    const windowId = departments.get(w.key)?.id;
    if (!windowId) throw new Error(`demo hall: no demo window "${w.key}"`);
    await saveWindow(trx, { windowId, hallId: hall.id, number: w.number, categoryIds: w.serves.map((p) => ids.get(p)!), active: true, currentTicketId: null }, now);
  }
  // A fresh database has no calendar overrides: the official schedule is the calendar in force.
  const calendar = officialCalendar();
  const halfHours = Array.from({ length: 48 }, (_, i) => ({ start: clockTimeOf(i * 30), end: clockTimeOf(i * 30 + 30) }));
  const slots: NewSlot[] = [];
  for (let d = 1; d <= SLOT_DAYS; d += 1) {
    const day = addDays(parseLocalDate(localDateOf(now)), d);
    const times = slotTimesWithin(halfHours, openingOn(HOURS, day, dayKind(calendar, day)));
    for (const categoryId of ids.values()) {
      for (const t of times) slots.push({ id: ctx.newId(), hallId: hall.id, categoryId, day, startTime: t.start, endTime: t.end, capacity: SLOT_PLACES });
    }
  }
  await insertSlots(trx, slots, now);
  await recordAudit(trx, ctx, {
    entity: 'hall', entityId: hall.id, action: 'seed', after: { categories: CATEGORIES.map((c) => c.prefix), windows: WINDOWS.map((w) => w.number), slots: slots.length },
  });
}
