import { Type } from '@sinclair/typebox';
import { ALL_EVENTS, WEBHOOK_EVENT_TYPES } from '../../core/webhooks/index.js';
import { Id, Instant, Text } from './common.js';
import { RegionCode } from './organization.js';

export const WebhookEventType = Type.Union([ALL_EVENTS, ...WEBHOOK_EVENT_TYPES].map((e) => Type.Literal(e)), {
  description: 'A case event type (docs/webhooks.md), or * for all',
});
const EventTypes = Type.Array(WebhookEventType, { minItems: 1, maxItems: WEBHOOK_EVENT_TYPES.length + 1 });
const TargetUrl = Type.String({ minLength: 1, maxLength: 2000, description: 'http or https, no user name or password' });
const ItemCodes = Type.Union([Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 100 }), Type.Null()], {
  description: 'Only cases of these items; null or absent: every item',
});

/** A subscription as admins see it; its secret is never shown again after creation or rotation. */
export const Webhook = Type.Object({
  id: Type.String(), name: Type.String(), url: Type.String(), eventTypes: Type.Array(Type.String()),
  regionCode: Type.String({ description: 'Events of cases in this region subtree only' }),
  itemCodes: Type.Union([Type.Array(Type.String()), Type.Null()]), active: Type.Boolean(),
  previousSecretValidUntil: Type.Union([Instant, Type.Null()], { description: 'Until when the secret before the last rotation still signs beside the new one' }),
  createdAt: Instant, updatedAt: Instant,
});
export const WebhookWithSecret = Type.Intersect([Webhook, Type.Object({
  secret: Type.String({ description: 'The HMAC-SHA256 signing secret: shown this once, store it now' }),
})]);

export const CreateWebhook = Type.Object({
  name: Text(60), url: TargetUrl, eventTypes: EventTypes, regionCode: Type.Optional(RegionCode),
  itemCodes: Type.Optional(ItemCodes), active: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export const UpdateWebhook = Type.Object({
  name: Type.Optional(Text(60)), url: Type.Optional(TargetUrl), eventTypes: Type.Optional(EventTypes),
  regionCode: Type.Optional(RegionCode), itemCodes: Type.Optional(ItemCodes), active: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export const WebhookParams = Type.Object({ id: Id });

const DeliveryStatus = Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('dead')]);

/** One event for one subscription: what was sent and how it went. */
export const WebhookDelivery = Type.Object({
  id: Type.String({ description: 'Sent as Tongban-Delivery; receivers drop repeats by it' }),
  subscriptionId: Type.String(), eventId: Type.String(), eventType: Type.String(), caseId: Type.String(),
  status: DeliveryStatus, attempts: Type.Integer(),
  nextAttemptAt: Type.Union([Instant, Type.Null()], { description: 'When the next attempt is due (pending only)' }),
  lastStatus: Type.Union([Type.Integer(), Type.Null()], { description: 'HTTP status of the last attempt; null when none came back' }),
  lastError: Type.Union([Type.String(), Type.Null()]), deliveredAt: Type.Union([Instant, Type.Null()]), createdAt: Instant,
  payload: Type.Unknown({ description: 'The exact body sent (docs/webhooks.md)' }),
});
export const DeliveryQuery = Type.Object({
  status: Type.Optional(DeliveryStatus), subscriptionId: Type.Optional(Id),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })), offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
}, { additionalProperties: false });
export const DeliveryList = Type.Object({ deliveries: Type.Array(WebhookDelivery), total: Type.Integer() });
