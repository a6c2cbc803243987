import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DialectAdapter } from '../dialects/dialect.js';
import type { Database, NotificationOutboxTable, NotificationTable } from '../schema.js';
import { claimDue, finishClaimed, type Claim } from './work-queue.js';

type Db = Kysely<Database>;
export type NotificationRow = Selectable<NotificationTable>;
export type NewOutboxRow = Insertable<NotificationOutboxTable>;
export type OutboxUpdate = Updateable<NotificationOutboxTable>;

/** A claimed outbox row with what it takes to render it. */
export type ClaimedOutboxRow = Selectable<NotificationOutboxTable> & Pick<NotificationRow, 'event' | 'params' | 'lang'>;

/** Writes one inbox row and its outbox rows (call in the transaction that changed the state). */
export async function insertNotification(db: Db, row: NotificationRow, outbox: readonly NewOutboxRow[]): Promise<void> {
  await db.insertInto('notifications').values(row).execute();
  if (outbox.length > 0) await db.insertInto('notification_outbox').values([...outbox]).execute();
}

/** A user's notifications, newest first, with the total (after the filter) and the unread count. */
export async function listNotifications(db: Db, userId: string, filter: { unreadOnly: boolean; limit: number; offset: number }) {
  const mine = db.selectFrom('notifications').where('user_id', '=', userId);
  const filtered = filter.unreadOnly ? mine.where('read_at', 'is', null) : mine;
  const count = (query: typeof mine) => query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await filtered.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit).offset(filter.offset).execute();
  const [total, unread] = await Promise.all([count(filtered), count(mine.where('read_at', 'is', null))]);
  return { rows, total: Number(total.n), unread: Number(unread.n) };
}

/** One of a user's notifications; another user's is as absent as a missing one. */
export function findNotification(db: Db, userId: string, id: string): Promise<NotificationRow | undefined> {
  return db.selectFrom('notifications').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
}

/** Marks a user's unread notifications read (one, or all when `id` is null); returns how many. */
export async function markNotificationsRead(db: Db, userId: string, id: string | null, now: string): Promise<number> {
  let update = db.updateTable('notifications').set({ read_at: now }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (id !== null) update = update.where('id', '=', id);
  return Number((await update.executeTakeFirst()).numUpdatedRows);
}

/**
 * Claims up to `limit` due outbox rows for `holder` until `leaseUntil` (work-queue.ts: one UPDATE decides,
 * SKIP LOCKED on PostgreSQL); a claim whose holder died expires. Returns them with what it takes to render.
 */
export async function claimDueOutbox(db: Db, dialect: DialectAdapter, claim: Claim): Promise<ClaimedOutboxRow[]> {
  const ids = await claimDue(db, dialect, 'notification_outbox', claim);
  if (ids.length === 0) return [];
  return db.selectFrom('notification_outbox')
    .innerJoin('notifications', 'notifications.id', 'notification_outbox.notification_id')
    .selectAll('notification_outbox').select(['notifications.event', 'notifications.params', 'notifications.lang'])
    .where('notification_outbox.id', 'in', ids)
    .where('notification_outbox.claimed_by', '=', claim.holder)
    .orderBy('notification_outbox.next_attempt_at').execute();
}

/** Records the outcome of an attempt and frees the claim, if `holder` still holds it; returns whether it did. */
export function finishOutboxAttempt(db: Db, id: string, holder: string, changes: OutboxUpdate): Promise<boolean> {
  return finishClaimed(db, 'notification_outbox', id, holder, changes);
}
