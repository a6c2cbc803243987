import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../../services/context.js';
import { listMyNotifications, markAllNotificationsRead, markNotificationRead } from '../../services/notifications/inbox.js';
import { ctxOf } from '../request-context.js';
import { withErrors } from '../schemas/common.js';
import { Notification, NotificationList, NotificationParams, NotificationQuery, ReadAllResult } from '../schemas/notifications.js';

const tags = ['notifications'];

/** The signed-in user's own in-app inbox (站内信); nobody reads another's. */
export function notificationRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/notifications', {
      schema: { tags, summary: 'My notifications, newest first', querystring: NotificationQuery, response: withErrors({ 200: NotificationList }) },
    }, async (request) => listMyNotifications(ctxOf(deps, request), request.query));

    app.post('/api/v1/notifications/:id/read', {
      schema: { tags, summary: 'Mark one of my notifications read (404 for anyone else\'s)', params: NotificationParams, response: withErrors({ 200: Notification }) },
    }, async (request) => markNotificationRead(ctxOf(deps, request), request.params.id));

    app.post('/api/v1/notifications/read-all', {
      schema: { tags, summary: 'Mark all my notifications read', response: withErrors({ 200: ReadAllResult }) },
    }, async (request) => markAllNotificationsRead(ctxOf(deps, request)));
  };
}
