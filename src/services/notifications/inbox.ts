import { DomainError } from '../../core/errors.js';
import type { NotificationEvent } from '../../core/notifications/index.js';
import { renderStoredMessage } from '../../core/notifications/index.js';
import {
  findNotification, listNotifications, markNotificationsRead, type NotificationRow,
} from '../../store/repositories/notification-repository.js';
import { requireActor } from '../access/authorize.js';
import type { Ctx } from '../context.js';
import { nowIso } from '../context.js';

/** A notification as its recipient reads it, rendered in the language it was written for. */
export interface InboxNotification {
  readonly id: string;
  readonly event: NotificationEvent;
  readonly params: Readonly<Record<string, string>>;
  readonly title: string;
  readonly body: string;
  readonly createdAt: string;
  readonly readAt: string | null;
}

function fromRow(row: NotificationRow): InboxNotification {
  const params = JSON.parse(row.params) as Record<string, string>;
  const { title, body } = renderStoredMessage(row.event, params, row.lang);
  return { id: row.id, event: row.event as NotificationEvent, params, title, body, createdAt: row.created_at, readAt: row.read_at };
}

/** The signed-in user's own notifications, newest first; `unread` keeps the unread ones only. */
export async function listMyNotifications(ctx: Ctx, filter: { unread?: boolean | undefined; limit?: number | undefined; offset?: number | undefined }) {
  requireActor(ctx.actor);
  const { rows, total, unread } = await listNotifications(ctx.store.db, ctx.actor.userId, {
    unreadOnly: filter.unread ?? false, limit: filter.limit ?? 50, offset: filter.offset ?? 0,
  });
  return { notifications: rows.map(fromRow), total, unread };
}

/** Marks one of the user's notifications read (again is harmless); another user's answers 404. */
export async function markNotificationRead(ctx: Ctx, id: string): Promise<InboxNotification> {
  requireActor(ctx.actor);
  await markNotificationsRead(ctx.store.db, ctx.actor.userId, id, nowIso(ctx));
  const row = await findNotification(ctx.store.db, ctx.actor.userId, id);
  if (!row) throw new DomainError('request.not_found');
  return fromRow(row);
}

/** Marks every unread notification of the user read; returns how many. */
export async function markAllNotificationsRead(ctx: Ctx): Promise<{ marked: number }> {
  requireActor(ctx.actor);
  return { marked: await markNotificationsRead(ctx.store.db, ctx.actor.userId, null, nowIso(ctx)) };
}
