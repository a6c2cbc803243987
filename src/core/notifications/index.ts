// Notification messages (zh/en) and the outbox retry schedule; pure, shared with the web.

export {
  CASE_OUTCOMES, type CaseOutcome, type CaseRef, type CaseRefWithDate, type EventParams, type NotificationEvent,
  type RenderedMessage, type Templates,
} from './events.js';
export { isNotificationEvent, NOTIFICATION_EVENTS, renderMessage, renderStoredMessage, withPublicLinks } from './render.js';
export { MAX_ATTEMPTS, nextAttemptAt, RETRY_DELAYS_MS } from './backoff.js';
export { zhDate } from './templates-zh.js';
