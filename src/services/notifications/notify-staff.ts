import type { EventParams, NotificationEvent } from '../../core/notifications/index.js';
import type { Deps, Trx } from '../context.js';
import { enqueueNotification } from './enqueue-notification.js';

/**
 * Tells staff members (supervision's notices, docs/supervision.md): one inbox message each, in the
 * caller's transaction, in Chinese. Staff accounts carry no email or phone, so nothing goes to the
 * outbox; the inbox is where the workbench shows them.
 */
export async function notifyStaff<E extends NotificationEvent>(trx: Trx, deps: Deps, userIds: readonly string[], event: E, params: EventParams[E]): Promise<void> {
  for (const userId of new Set(userIds)) await enqueueNotification(trx, deps, { userId, event, params });
}
