import type { Kysely } from 'kysely';
import { parseLocalDate } from '../../core/calendar/index.js';
import type { Ticket, TicketChannel, TicketPriority, TicketStatus } from '../../core/hall/index.js';
import type { HallTicketRow } from '../hall-tables.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

// Instants are stored in one form, UTC (`…Z`), so that SQL compares them as text correctly.
const utc = (instant: string | null): string | null => (instant === null ? null : new Date(instant).toISOString());

export function ticketFromRow(row: HallTicketRow): Ticket {
  return {
    id: row.id, hallId: row.hall_id, categoryId: row.category_id, originCategoryId: row.origin_category_id, day: parseLocalDate(row.day),
    seq: Number(row.seq), number: row.number, priority: row.priority as TicketPriority, channel: row.channel as TicketChannel,
    appointmentId: row.appointment_id, status: row.status as TicketStatus, takenAt: row.taken_at, queuedAt: row.queued_at,
    firstCalledAt: row.first_called_at, calledAt: row.called_at, callCount: Number(row.call_count), windowId: row.window_id,
    clerkId: row.clerk_id, finishedAt: row.finished_at, caseId: row.case_id, transfers: Number(row.transfers),
  };
}

function ticketColumns(t: Ticket) {
  return {
    category_id: t.categoryId, priority: t.priority, status: t.status, queued_at: utc(t.queuedAt)!, first_called_at: utc(t.firstCalledAt),
    called_at: utc(t.calledAt), call_count: t.callCount, window_id: t.windowId, clerk_id: t.clerkId, finished_at: utc(t.finishedAt),
    case_id: t.caseId, transfers: t.transfers,
  };
}

/** The next sequence of a category's day: an atomic upsert of its counter row, in the ticket's transaction. */
export async function nextTicketSeq(db: Db, hallId: string, categoryId: string, day: string): Promise<number> {
  const row = await db.insertInto('hall_counters').values({ hall_id: hallId, category_id: categoryId, day, last: 1 })
    .onConflict((oc) => oc.columns(['hall_id', 'category_id', 'day']).doUpdateSet((eb) => ({ last: eb('hall_counters.last', '+', 1) })))
    .returning('last').executeTakeFirstOrThrow();
  return Number(row.last);
}

export async function insertTicket(db: Db, t: Ticket, accessCode: string, now: string): Promise<void> {
  await db.insertInto('hall_tickets').values({
    id: t.id, hall_id: t.hallId, origin_category_id: t.originCategoryId, day: t.day, seq: t.seq, number: t.number, access_code: accessCode,
    channel: t.channel, appointment_id: t.appointmentId, taken_at: utc(t.takenAt)!, updated_at: now, ...ticketColumns(t),
  }).execute();
}

/** A ticket and the secret of its phone page. */
export async function findTicket(db: Db, id: string): Promise<{ ticket: Ticket; accessCode: string } | null> {
  const row = await db.selectFrom('hall_tickets').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { ticket: ticketFromRow(row), accessCode: row.access_code } : null;
}

/**
 * Saves a ticket's next value only if it is still as `before` left it (status, calls and category: every
 * transition changes one of them); false when another window or request changed it first.
 */
export async function updateTicket(db: Db, before: Ticket, next: Ticket, now: string): Promise<boolean> {
  const result = await db.updateTable('hall_tickets').set({ ...ticketColumns(next), updated_at: now })
    .where('id', '=', before.id).where('status', '=', before.status).where('call_count', '=', before.callCount)
    .where('category_id', '=', before.categoryId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Links a ticket to the case opened for its visitor. */
export async function linkTicketCase(db: Db, ticketId: string, caseId: string, now: string): Promise<void> {
  await db.updateTable('hall_tickets').set({ case_id: caseId, updated_at: now }).where('id', '=', ticketId).execute();
}

/** The waiting tickets of a hall's day, optionally only of some categories. */
export async function listWaiting(db: Db, hallId: string, day: string, categoryIds?: readonly string[]): Promise<Ticket[]> {
  if (categoryIds && categoryIds.length === 0) return [];
  let query = db.selectFrom('hall_tickets').selectAll().where('hall_id', '=', hallId).where('day', '=', day).where('status', '=', 'waiting');
  if (categoryIds) query = query.where('category_id', 'in', [...categoryIds]);
  return (await query.execute()).map(ticketFromRow);
}

/** Tickets of a category a window closed (served or no-show) since an instant: the current throughput. */
export async function countClosedSince(db: Db, categoryId: string, since: string): Promise<number> {
  const row = await db.selectFrom('hall_tickets').select((eb) => eb.fn.countAll<string>().as('n'))
    .where('category_id', '=', categoryId).where('status', 'in', ['finished', 'no_show']).where('finished_at', '>=', utc(since)!)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The latest calls of a hall's day that a window still holds or closed, newest first (a recall counts as a new call). */
export async function latestCalls(db: Db, hallId: string, day: string, limit: number): Promise<Ticket[]> {
  const rows = await db.selectFrom('hall_tickets').selectAll().where('hall_id', '=', hallId).where('day', '=', day)
    .where('status', 'in', ['called', 'finished', 'no_show']).where('called_at', 'is not', null).orderBy('called_at', 'desc').limit(limit).execute();
  return rows.map(ticketFromRow);
}

/** Tickets of a hall taken within [from, to) (instants), for the figures. */
export async function ticketsTakenBetween(db: Db, hallId: string, from: string, to: string): Promise<Ticket[]> {
  const rows = await db.selectFrom('hall_tickets').selectAll().where('hall_id', '=', hallId)
    .where('taken_at', '>=', utc(from)!).where('taken_at', '<', utc(to)!).orderBy('taken_at').execute();
  return rows.map(ticketFromRow);
}
