import type { Kysely } from 'kysely';
import type { HallAppointmentRow, HallSlotRow } from '../hall-tables.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

export interface NewSlot {
  readonly id: string;
  readonly hallId: string;
  readonly categoryId: string;
  readonly day: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly capacity: number;
}

/** Inserts slots, leaving any that exist (same category, day and start) as they are; returns how many were new. */
export async function insertSlots(db: Db, slots: readonly NewSlot[], now: string): Promise<number> {
  let added = 0;
  for (const s of slots) {
    const result = await db.insertInto('hall_slots').values({
      id: s.id, hall_id: s.hallId, category_id: s.categoryId, day: s.day, start_time: s.startTime, end_time: s.endTime,
      capacity: s.capacity, booked: 0, created_at: now,
    }).onConflict((oc) => oc.columns(['category_id', 'day', 'start_time']).doNothing()).executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

export async function listSlots(db: Db, hallId: string, from: string, to: string, categoryId?: string): Promise<HallSlotRow[]> {
  let query = db.selectFrom('hall_slots').selectAll().where('hall_id', '=', hallId).where('day', '>=', from).where('day', '<=', to);
  if (categoryId) query = query.where('category_id', '=', categoryId);
  return query.orderBy('day').orderBy('start_time').execute();
}

export async function findSlot(db: Db, id: string): Promise<HallSlotRow | null> {
  return (await db.selectFrom('hall_slots').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/** Takes one place of a slot if one is left (compare-and-set on `booked < capacity`). */
export async function takeSlotPlace(db: Db, slotId: string): Promise<boolean> {
  const result = await db.updateTable('hall_slots').set((eb) => ({ booked: eb('booked', '+', 1) }))
    .where('id', '=', slotId).whereRef('booked', '<', 'capacity').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a place back. */
export async function releaseSlotPlace(db: Db, slotId: string): Promise<void> {
  await db.updateTable('hall_slots').set((eb) => ({ booked: eb('booked', '-', 1) })).where('id', '=', slotId).where('booked', '>', 0).execute();
}

export async function insertAppointment(db: Db, row: HallAppointmentRow): Promise<void> {
  await db.insertInto('hall_appointments').values(row).execute();
}

export async function findAppointment(db: Db, id: string): Promise<HallAppointmentRow | null> {
  return (await db.selectFrom('hall_appointments').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function findAppointmentByCode(db: Db, hallId: string, day: string, code: string): Promise<HallAppointmentRow | null> {
  return (await db.selectFrom('hall_appointments').selectAll().where('hall_id', '=', hallId).where('day', '=', day)
    .where('checkin_code', '=', code).executeTakeFirst()) ?? null;
}

/** Saves an appointment's new slot or status only if its status is still `expected` (compare-and-set). */
export async function updateAppointment(
  db: Db, id: string, expected: string,
  changes: Partial<Pick<HallAppointmentRow, 'slot_id' | 'day' | 'start_time' | 'end_time' | 'status' | 'ticket_id' | 'category_id'>>, now: string,
): Promise<boolean> {
  const result = await db.updateTable('hall_appointments').set({ ...changes, updated_at: now })
    .where('id', '=', id).where('status', '=', expected).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** An applicant's appointments, newest day first. */
export async function listApplicantAppointments(db: Db, applicantId: string): Promise<HallAppointmentRow[]> {
  return db.selectFrom('hall_appointments').selectAll().where('applicant_id', '=', applicantId)
    .orderBy('day', 'desc').orderBy('start_time', 'desc').execute();
}

/** The applicant's appointments still booked in a category on a day (one is allowed). */
export async function bookedOnDay(db: Db, applicantId: string, categoryId: string, day: string): Promise<HallAppointmentRow[]> {
  return db.selectFrom('hall_appointments').selectAll().where('applicant_id', '=', applicantId)
    .where('category_id', '=', categoryId).where('day', '=', day).where('status', '=', 'booked').execute();
}

/** An applicant's no-shows from `fromDay` on: appointments still `booked` whose slot ended by `today` at `nowTime`. */
export async function countNoShows(db: Db, applicantId: string, fromDay: string, today: string, nowTime: string): Promise<number> {
  const row = await db.selectFrom('hall_appointments').select((eb) => eb.fn.countAll<string>().as('n'))
    .where('applicant_id', '=', applicantId).where('status', '=', 'booked').where('day', '>=', fromDay)
    .where((eb) => eb.or([eb('day', '<', today), eb.and([eb('day', '=', today), eb('end_time', '<=', nowTime)])]))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A hall's appointments within [from, to] (days), for the figures. */
export async function appointmentsBetween(db: Db, hallId: string, from: string, to: string): Promise<HallAppointmentRow[]> {
  return db.selectFrom('hall_appointments').selectAll().where('hall_id', '=', hallId).where('day', '>=', from).where('day', '<=', to).execute();
}
