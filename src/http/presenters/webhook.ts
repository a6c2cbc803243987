import { formatInstant } from '../../core/clock/index.js';
import type { WebhookSubscription } from '../../core/webhooks/index.js';
import type { WebhookDeliveryRow } from '../../store/repositories/webhook-repository.js';

const instantOrNull = (value: string | null) => (value === null ? null : formatInstant(value));

/** A subscription without its secrets. */
export function presentWebhook(s: WebhookSubscription) {
  return {
    id: s.id, name: s.name, url: s.url, eventTypes: [...s.eventTypes], regionCode: s.regionCode,
    itemCodes: s.itemCodes === null ? null : [...s.itemCodes], active: s.active, previousSecretValidUntil: instantOrNull(s.previousSecretUntil),
    createdAt: formatInstant(s.createdAt), updatedAt: formatInstant(s.updatedAt),
  };
}

/** A delivery with the body it sends. */
export function presentDelivery(row: WebhookDeliveryRow) {
  return {
    id: row.id, subscriptionId: row.subscription_id, eventId: row.event_id, eventType: row.event_type, caseId: row.case_id,
    status: row.status, attempts: Number(row.attempts), nextAttemptAt: row.status === 'pending' ? formatInstant(row.next_attempt_at) : null,
    lastStatus: row.last_status === null ? null : Number(row.last_status), lastError: row.last_error,
    deliveredAt: instantOrNull(row.delivered_at), createdAt: formatInstant(row.created_at), payload: JSON.parse(row.payload) as unknown,
  };
}
