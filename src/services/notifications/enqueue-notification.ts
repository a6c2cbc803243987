import type { Lang } from '../../core/errors.js';
import type { EventParams, NotificationEvent } from '../../core/notifications/index.js';
import { insertNotification, type NewOutboxRow } from '../../store/repositories/notification-repository.js';
import type { Deps, Trx } from '../context.js';
import { nowIso } from '../context.js';

/** Where else to send the message besides the inbox; each destination given becomes one outbox row. */
export interface NotificationChannels {
  readonly email?: string | null | undefined;
  readonly phone?: string | null | undefined;
}

/** What a use case tells the applicant. */
export interface NotificationInput<E extends NotificationEvent> {
  readonly userId: string;
  readonly event: E;
  readonly params: EventParams[E];
  /** The user's language; Chinese by default. */
  readonly lang?: Lang | undefined;
  readonly channels?: NotificationChannels | undefined;
}

/**
 * Writes the in-app notification (always) and one outbox row per channel with a destination, in the
 * caller's transaction (STYLE B3.2): a rollback leaves nothing to send, and nothing is sent before the
 * state change commits. The outbox job delivers after commit. Callable from use cases and from jobs.
 */
export async function enqueueNotification<E extends NotificationEvent>(trx: Trx, deps: Deps, input: NotificationInput<E>): Promise<{ notificationId: string }> {
  const now = nowIso(deps);
  const notificationId = deps.newId();
  const outboxRow = (channel: NewOutboxRow['channel'], destination: string): NewOutboxRow => ({
    id: deps.newId(), notification_id: notificationId, channel, destination, status: 'pending', attempts: 0,
    next_attempt_at: now, claimed_by: null, claimed_until: null, last_error: null, sent_at: null, created_at: now,
  });
  const outbox: NewOutboxRow[] = [];
  const email = input.channels?.email?.trim();
  const phone = input.channels?.phone?.trim();
  if (email) outbox.push(outboxRow('email', email));
  if (phone) outbox.push(outboxRow('sms', phone));
  await insertNotification(trx, {
    id: notificationId, user_id: input.userId, event: input.event, params: JSON.stringify(input.params),
    lang: input.lang ?? 'zh', created_at: now, read_at: null,
  }, outbox);
  return { notificationId };
}
