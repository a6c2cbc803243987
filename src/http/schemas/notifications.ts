import { Type } from '@sinclair/typebox';
import { NOTIFICATION_EVENTS } from '../../core/notifications/index.js';
import { Id, Instant } from './common.js';

export const NotificationEventName = Type.Union(NOTIFICATION_EVENTS.map((e) => Type.Literal(e)));

/** One in-app notification, rendered in the language it was written for. */
export const Notification = Type.Object({
  id: Type.String(),
  event: NotificationEventName,
  params: Type.Record(Type.String(), Type.String(), { description: 'caseNo, itemName, dueDate … as the templates use them' }),
  title: Type.String(),
  body: Type.String(),
  createdAt: Instant,
  readAt: Type.Union([Instant, Type.Null()]),
});

export const NotificationQuery = Type.Object({
  unread: Type.Optional(Type.Boolean({ description: 'true: the unread ones only' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
}, { additionalProperties: false });

export const NotificationList = Type.Object({
  notifications: Type.Array(Notification),
  total: Type.Integer({ description: 'How many match the filter, before paging' }),
  unread: Type.Integer({ description: 'How many of mine are unread, whatever the filter' }),
});

export const NotificationParams = Type.Object({ id: Id });

export const ReadAllResult = Type.Object({ marked: Type.Integer({ description: 'How many were unread' }) });
