// Signed webhooks for case events (一链办理): event types, the payload snapshot, filters, signing text.
export {
  ALL_EVENTS, CASE_EVENT_TYPES, caseEventPayload, WEBHOOK_EVENT_TYPES,
  type CaseEventFacts, type CaseEventPayload, type WebhookEventType,
} from './events.js';
export { subscriptionMatches, type EventScope, type SubscriptionFilter } from './match.js';
export { deliveryHeaders, signingString, type DeliveryHeaderInput } from './signature.js';
export { ROTATION_OVERLAP_MS, type WebhookSubscription } from './subscription.js';
export { targetUrlProblem } from './target-url.js';
