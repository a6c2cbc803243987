import { randomInt } from 'node:crypto';
import { addDays, dayKind, dayNumberOf, parseLocalDate, type LocalDate } from '../../core/calendar/index.js';
import { localDateOf } from '../../core/clock/index.js';
import { DomainError, invalidFields } from '../../core/errors.js';
import {
  appointmentStatus, clockTimeOf, isBookable, localMinutesOf, noShowWindowStart, openingOn, requireChangeable, requireCheckInTime, requireMayBook,
  slotTimeProblems, slotTimesWithin, type AppointmentStatus, type SlotTime, type StoredAppointmentStatus,
} from '../../core/hall/index.js';
import type { HallAppointmentRow, HallSlotRow } from '../../store/hall-tables.js';
import {
  bookedOnDay, countNoShows, findAppointment, findAppointmentByCode, findSlot, insertAppointment, insertSlots, listApplicantAppointments, listSlots,
  releaseSlotPlace, takeSlotPlace, updateAppointment, type NewSlot,
} from '../../store/repositories/hall-appointment-repository.js';
import { findApplicantProfile } from '../../store/repositories/applicant-repository.js';
import { findCategory, listCategories } from '../../store/repositories/hall-setup-repository.js';
import { requireActor } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import { enqueueNotification } from '../notifications/enqueue-notification.js';
import type { Ctx, Db, Deps, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { throttledLookup } from '../security/lookup-throttle.js';
import { hallFor, openHall } from './hall-access.js';
import { categoryOfHall, issueTicket, requireHallOpen, type IssuedTicket } from './take-ticket.js';

/** At most this many days of slots in one request (two months). */
export const MAX_SLOT_DAYS = 62;

/**
 * Opens appointment slots of a category for every day of [from, to] the hall is open, at the given
 * times of day that fall within that day's opening hours; existing slots stay as they are.
 */
export async function createSlots(
  ctx: Ctx, hallId: string, input: { categoryId: string; from: string; to: string; times: SlotTime[]; capacity: number },
): Promise<{ created: number; days: number }> {
  await hallFor(ctx, hallId, ['admin']);
  const from = parseLocalDate(input.from);
  const to = parseLocalDate(input.to);
  const span = dayNumberOf(to) - dayNumberOf(from);
  const problems = slotTimeProblems(input.times);
  if (span < 0) problems.push({ field: 'to', code: 'date_order' });
  if (span >= MAX_SLOT_DAYS) problems.push({ field: 'to', code: 'maximum', params: { limit: addDays(from, MAX_SLOT_DAYS - 1) } });
  if (problems.length > 0) throw invalidFields(problems);
  const { settings } = await openHall(ctx.store.db, hallId);
  const calendar = await currentCalendar(ctx);
  return inTransaction(ctx, async (trx) => {
    const category = await categoryOfHall(trx, hallId, input.categoryId);
    const slots: NewSlot[] = [];
    let days = 0;
    for (let day = from; dayNumberOf(day) <= dayNumberOf(to); day = addDays(day, 1)) {
      const times = slotTimesWithin(input.times, openingOn(settings.hours, day, dayKind(calendar, day)));
      if (times.length > 0) days += 1;
      for (const time of times) {
        slots.push({ id: ctx.newId(), hallId, categoryId: category.id, day, startTime: time.start, endTime: time.end, capacity: input.capacity });
      }
    }
    const created = await insertSlots(trx, slots, nowIso(ctx));
    await recordAudit(trx, ctx, { entity: 'hall', entityId: hallId, action: 'slots', after: { categoryId: category.id, from, to, times: input.times, capacity: input.capacity, created } });
    return { created, days };
  });
}

/** A slot as the booking page shows it. */
export interface SlotView {
  readonly slot: HallSlotRow;
  readonly available: number;
  readonly bookable: boolean;
}

/** The slots of a hall within [from, to], with places left (public: no personal data). */
export async function availableSlots(deps: Deps, hallId: string, query: { from: string; to: string; categoryId?: string | undefined }): Promise<SlotView[]> {
  await openHall(deps.store.db, hallId);
  const now = nowIso(deps);
  const rows = await listSlots(deps.store.db, hallId, query.from, query.to, query.categoryId);
  return rows.map((slot) => {
    const available = Math.max(0, Number(slot.capacity) - Number(slot.booked));
    return { slot, available, bookable: available > 0 && isBookable(timesOf(slot), now) };
  });
}

function timesOf(row: { day: string; start_time: string; end_time: string }) {
  return { day: parseLocalDate(row.day), startTime: row.start_time, endTime: row.end_time };
}

function requireApplicant(ctx: Ctx): string {
  requireActor(ctx.actor);
  if (ctx.actor.kind !== 'applicant') throw new DomainError('auth.forbidden');
  return ctx.actor.userId;
}

async function bookableSlot(trx: Trx, slotId: string, now: string): Promise<HallSlotRow> {
  const slot = await findSlot(trx, slotId);
  if (!slot) throw invalidFields([{ field: 'slotId', code: 'not_found' }]);
  if (!isBookable(timesOf(slot), now)) throw new DomainError('hall.slot_past');
  return slot;
}

async function takePlace(trx: Trx, applicantId: string, slot: HallSlotRow, exceptId: string | null): Promise<void> {
  const same = (await bookedOnDay(trx, applicantId, slot.category_id, slot.day)).filter((a) => a.id !== exceptId);
  if (same.length > 0) throw new DomainError('hall.appointment_exists');
  if (!(await takeSlotPlace(trx, slot.id))) throw new DomainError('hall.slot_full');
}

/** A check-in code unused among the hall's appointments of that day (8 digits, shown to the applicant). */
async function freshCheckInCode(trx: Trx, hallId: string, day: string): Promise<string> {
  for (;;) {
    const code = String(randomInt(100_000_000)).padStart(8, '0');
    if (!(await findAppointmentByCode(trx, hallId, day, code))) return code;
  }
}

/** Tells the applicant where and when, with the check-in code: inbox, and SMS to the registered phone. */
async function tellApplicant(trx: Trx, ctx: Ctx, event: 'hall.appointment_booked' | 'hall.appointment_changed', row: HallAppointmentRow): Promise<void> {
  const { hall } = await openHall(trx, row.hall_id);
  const category = await findCategory(trx, row.category_id);
  const profile = await findApplicantProfile(trx, row.applicant_id);
  await enqueueNotification(trx, ctx, {
    userId: row.applicant_id, event, channels: { phone: profile?.phone },
    params: { hallName: hall.name, categoryName: category?.name ?? '', day: row.day, startTime: row.start_time, endTime: row.end_time, checkinCode: row.checkin_code },
  });
}

/** Books a place in a slot (the applicant): one per category and day; suspended after repeated no-shows. */
export async function bookAppointment(ctx: Ctx, slotId: string): Promise<HallAppointmentRow> {
  const applicantId = requireApplicant(ctx);
  const now = nowIso(ctx);
  return inTransaction(ctx, async (trx) => {
    const slot = await bookableSlot(trx, slotId, now);
    requireMayBook(await countNoShows(trx, applicantId, noShowWindowStart(now), localDateOf(now), clockTimeOf(localMinutesOf(now))));
    await takePlace(trx, applicantId, slot, null);
    const row: HallAppointmentRow = {
      id: ctx.newId(), hall_id: slot.hall_id, category_id: slot.category_id, slot_id: slot.id, applicant_id: applicantId, day: slot.day,
      start_time: slot.start_time, end_time: slot.end_time, status: 'booked', checkin_code: await freshCheckInCode(trx, slot.hall_id, slot.day),
      ticket_id: null, created_at: now, updated_at: now,
    };
    await insertAppointment(trx, row);
    await recordAudit(trx, ctx, { entity: 'hall_appointment', entityId: row.id, action: 'book', after: { slotId, day: row.day, startTime: row.start_time } });
    await tellApplicant(trx, ctx, 'hall.appointment_booked', row);
    return row;
  });
}

async function ownAppointment(trx: Db, applicantId: string, id: string): Promise<HallAppointmentRow> {
  const row = await findAppointment(trx, id);
  // Another applicant's appointment does not exist for this one (DOMAIN.md §10).
  if (!row || row.applicant_id !== applicantId) throw new DomainError('request.not_found');
  return row;
}

/** Moves a booked appointment to another slot of the same hall, before the booked one starts. */
export async function changeAppointment(ctx: Ctx, id: string, slotId: string): Promise<HallAppointmentRow> {
  const applicantId = requireApplicant(ctx);
  const now = nowIso(ctx);
  return inTransaction(ctx, async (trx) => {
    const before = await ownAppointment(trx, applicantId, id);
    requireChangeable(before.status as StoredAppointmentStatus, timesOf(before), now);
    const slot = await bookableSlot(trx, slotId, now);
    if (slot.hall_id !== before.hall_id) throw invalidFields([{ field: 'slotId', code: 'not_in_hall' }]);
    if (slot.id === before.slot_id) return before;
    await takePlace(trx, applicantId, slot, before.id);
    await releaseSlotPlace(trx, before.slot_id);
    const changes = { slot_id: slot.id, category_id: slot.category_id, day: slot.day, start_time: slot.start_time, end_time: slot.end_time };
    if (!(await updateAppointment(trx, id, 'booked', changes, now))) throw new DomainError('request.conflict');
    await recordAudit(trx, ctx, { entity: 'hall_appointment', entityId: id, action: 'change', before: { slotId: before.slot_id }, after: { slotId: slot.id } });
    const after = { ...before, ...changes, updated_at: now };
    await tellApplicant(trx, ctx, 'hall.appointment_changed', after);
    return after;
  });
}

/** Cancels a booked appointment before its slot starts, giving the place back. */
export async function cancelAppointment(ctx: Ctx, id: string): Promise<HallAppointmentRow> {
  const applicantId = requireApplicant(ctx);
  const now = nowIso(ctx);
  return inTransaction(ctx, async (trx) => {
    const before = await ownAppointment(trx, applicantId, id);
    requireChangeable(before.status as StoredAppointmentStatus, timesOf(before), now);
    if (!(await updateAppointment(trx, id, 'booked', { status: 'cancelled' }, now))) throw new DomainError('request.conflict');
    await releaseSlotPlace(trx, before.slot_id);
    await recordAudit(trx, ctx, { entity: 'hall_appointment', entityId: id, action: 'cancel', before: { status: 'booked' }, after: { status: 'cancelled' } });
    return { ...before, status: 'cancelled', updated_at: now };
  });
}

async function checkIn(ctx: Ctx, appointment: HallAppointmentRow): Promise<IssuedTicket> {
  const { settings } = await openHall(ctx.store.db, appointment.hall_id);
  const { now, today } = await requireHallOpen(ctx, settings);
  requireCheckInTime(appointment.status as StoredAppointmentStatus, timesOf(appointment), now);
  return inTransaction(ctx, async (trx) => {
    const category = await categoryOfHall(trx, appointment.hall_id, appointment.category_id);
    const issued = await issueTicket(trx, ctx, { category, now, today, priority: 'appointment', channel: 'appointment', appointmentId: appointment.id });
    if (!(await updateAppointment(trx, appointment.id, 'booked', { status: 'checked_in', ticket_id: issued.ticket.id }, now))) {
      throw new DomainError('hall.appointment_state', { status: 'checked_in' });
    }
    await recordAudit(trx, ctx, { entity: 'hall_appointment', entityId: appointment.id, action: 'check_in', after: { ticketId: issued.ticket.id } });
    return issued;
  });
}

/** The applicant checks in on their phone at the hall: their appointment becomes a priority ticket. */
export async function checkInAppointment(ctx: Ctx, id: string): Promise<IssuedTicket> {
  const applicantId = requireApplicant(ctx);
  return checkIn(ctx, await ownAppointment(ctx.store.db, applicantId, id));
}

/**
 * Check-in at the kiosk with the appointment's code (no login: the code is the proof). Wrong codes count against
 * the client address like wrong query codes (docs/security.md), so the day's codes cannot be run through.
 */
export async function checkInByCode(ctx: Ctx, hallId: string, code: string): Promise<IssuedTicket> {
  await openHall(ctx.store.db, hallId);
  const today: LocalDate = parseLocalDate(localDateOf(nowIso(ctx)));
  return throttledLookup(ctx, null, async () => {
    const appointment = await findAppointmentByCode(ctx.store.db, hallId, today, code);
    if (!appointment) throw new DomainError('request.not_found');
    return checkIn(ctx, appointment);
  }, 'hall.check_in_too_many_attempts');
}

/** An appointment with its status as shown (a booked one whose slot has ended is a no-show). */
export interface AppointmentView {
  readonly row: HallAppointmentRow;
  readonly status: AppointmentStatus;
  readonly categoryName: string;
  readonly hallName: string;
}

/** The applicant's appointments. */
export async function myAppointments(ctx: Ctx): Promise<AppointmentView[]> {
  const applicantId = requireApplicant(ctx);
  const now = nowIso(ctx);
  const rows = await listApplicantAppointments(ctx.store.db, applicantId);
  const names = new Map<string, { hall: string; categories: Map<string, string> }>();
  for (const hallId of new Set(rows.map((r) => r.hall_id))) {
    const { hall } = await openHall(ctx.store.db, hallId);
    names.set(hallId, { hall: hall.name, categories: new Map((await listCategories(ctx.store.db, hallId)).map((c) => [c.id, c.name])) });
  }
  return rows.map((row) => ({
    row, status: appointmentStatus(row.status as StoredAppointmentStatus, timesOf(row), now),
    hallName: names.get(row.hall_id)?.hall ?? '', categoryName: names.get(row.hall_id)?.categories.get(row.category_id) ?? '',
  }));
}
