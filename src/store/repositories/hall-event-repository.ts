import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** A change of a hall's queue that live pages redraw on. */
export interface HallEvent {
  readonly seq: number;
  readonly hallId: string;
  readonly ticketId: string | null;
  readonly kind: string;
}

/**
 * Appends an event in the caller's transaction. Raising the head row locks it until the transaction
 * ends, so a later event cannot commit before an earlier one: pollers read the sequence without gaps.
 */
export async function appendHallEvent(db: Db, event: Omit<HallEvent, 'seq'>, at: string): Promise<void> {
  const head = await db.updateTable('hall_event_head').set((eb) => ({ seq: eb('seq', '+', 1) })).where('id', '=', 1)
    .returning('seq').executeTakeFirstOrThrow();
  await db.insertInto('hall_events').values({ seq: Number(head.seq), hall_id: event.hallId, ticket_id: event.ticketId, kind: event.kind, at }).execute();
}

/** The last sequence number appended. */
export async function lastHallEventSeq(db: Db): Promise<number> {
  const row = await db.selectFrom('hall_event_head').select('seq').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(row.seq);
}

/** Events after a sequence number, in order. */
export async function hallEventsAfter(db: Db, seq: number, limit: number): Promise<HallEvent[]> {
  const rows = await db.selectFrom('hall_events').select(['seq', 'hall_id', 'ticket_id', 'kind'])
    .where('seq', '>', seq).orderBy('seq').limit(limit).execute();
  return rows.map((r) => ({ seq: Number(r.seq), hallId: r.hall_id, ticketId: r.ticket_id, kind: r.kind }));
}

/** Drops events older than an instant: they only ever wake live pages up. */
export async function purgeHallEvents(db: Db, before: string): Promise<void> {
  await db.deleteFrom('hall_events').where('at', '<', before).execute();
}
