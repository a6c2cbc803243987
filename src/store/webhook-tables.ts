/**
 * Tables of webhook subscriptions and deliveries (migration 0015, docs/webhooks.md). A delivery keeps the
 * exact body it sends, written in the transaction of the case event: a retry or a replay sends the same
 * bytes, whatever happened to the case since.
 */

/** 一链办理: an integrator's endpoint that hears case events. */
export interface WebhookSubscriptionTable {
  id: string;
  name: string;
  url: string;
  /** JSON array of event types, or `["*"]`. */
  event_types: string;
  /** Owner and filter: events of cases in this region's subtree only. */
  region_code: string;
  /** JSON array of item codes, or null for every item. */
  item_codes: string | null;
  active: number;
  /** The signing secret, sealed (services/webhooks/secret-box.ts): never readable through the API after creation. */
  secret: string;
  /** The secret before the last rotation, still signing beside the new one until `previous_secret_until`. */
  previous_secret: string | null;
  previous_secret_until: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'dead';

/** One event for one subscription: the outbox row the webhook job claims, sends and records. */
export interface WebhookDeliveryTable {
  id: string;
  subscription_id: string;
  event_id: string;
  event_type: string;
  case_id: string;
  /** The exact JSON body sent (the snapshot). */
  payload: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  next_attempt_at: string;
  claimed_by: string | null;
  claimed_until: string | null;
  /** The HTTP status of the last attempt, null when none came back (timeout, refused connection). */
  last_status: number | null;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
}
