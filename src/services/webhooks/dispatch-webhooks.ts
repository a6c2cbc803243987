import { createHmac, randomUUID } from 'node:crypto';
import { nextAttemptAt } from '../../core/notifications/index.js';
import { deliveryHeaders, signingString } from '../../core/webhooks/index.js';
import {
  claimDueDeliveries, finishDeliveryAttempt, type ClaimedDelivery, type WebhookDeliveryUpdate,
} from '../../store/repositories/webhook-repository.js';
import type { Deps } from '../context.js';
import { openSecret } from './secret-box.js';
import { postWebhook, type SendWebhook } from './send-webhook.js';

// A claim outlives a batch sent in parallel within the timeout; a sender that dies frees its rows when it ends.
const CLAIM_MS = 10 * 60_000;
const BATCH = 10;
const MAX_BATCHES = 10;
/** How long one subscriber may take to answer. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** How the job sends; tests shorten the timeout. */
export interface DispatchOptions {
  readonly send?: SendWebhook;
  readonly timeoutMs?: number;
}

/** What one pass did. */
export interface WebhookDispatchResult {
  delivered: number;
  retried: number;
  dead: number;
}

const errorText = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);

/** Hex HMAC-SHA256 of the signing text under the current secret, and under the previous one while it overlaps. */
function signatures(row: ClaimedDelivery, timestamp: number, now: Date): string[] {
  const text = signingString(timestamp, row.payload);
  const secrets = [row.secret, ...(row.previous_secret && row.previous_secret_until && row.previous_secret_until > now.toISOString() ? [row.previous_secret] : [])];
  return secrets.map((sealed) => createHmac('sha256', openSecret(sealed, row.subscription_id)).update(text, 'utf8').digest('hex'));
}

async function attempt(deps: Deps, row: ClaimedDelivery, now: Date, options: DispatchOptions): Promise<[keyof WebhookDispatchResult, WebhookDeliveryUpdate]> {
  // Paused after the event: not sent later by surprise; an admin may replay it.
  if (Number(row.active) !== 1) return ['dead', { status: 'dead', last_error: 'subscription inactive' }];
  const attempts = row.attempts + 1;
  let failure: Pick<WebhookDeliveryUpdate, 'last_status' | 'last_error'>;
  try {
    // Signed at the moment of sending, so the receiver's replay window measures the request's age.
    const timestamp = Math.floor(deps.clock.now().getTime() / 1000);
    const headers = deliveryHeaders({ eventType: row.event_type, deliveryId: row.id, timestamp, signatures: signatures(row, timestamp, now) });
    const response = await (options.send ?? postWebhook)({ url: row.url, headers, body: row.payload, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    if (response.status >= 200 && response.status < 300) {
      return ['delivered', { status: 'delivered', attempts, last_status: response.status, last_error: null, delivered_at: now.toISOString() }];
    }
    failure = { last_status: response.status, last_error: `HTTP ${response.status} ${response.text}`.trim() };
  } catch (error) {
    failure = { last_status: null, last_error: errorText(error) };
  }
  const next = nextAttemptAt(attempts, now);
  return next === null ? ['dead', { status: 'dead', attempts, ...failure }] : ['retried', { attempts, next_attempt_at: next.toISOString(), ...failure }];
}

/**
 * Sends the due deliveries: claim a batch, POST each (in parallel, each within the timeout), record the
 * outcome. At least once: a sender that dies between the POST and the record leaves its claim to expire,
 * and the delivery goes again with the same `Tongban-Delivery` id, which receivers use to drop repeats.
 */
export async function dispatchWebhooks(deps: Deps, now: Date, options: DispatchOptions = {}): Promise<WebhookDispatchResult> {
  const holder = randomUUID();
  const result: WebhookDispatchResult = { delivered: 0, retried: 0, dead: 0 };
  const claim = { holder, now: now.toISOString(), leaseUntil: new Date(now.getTime() + CLAIM_MS).toISOString(), limit: BATCH };
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const rows = await claimDueDeliveries(deps.store.db, deps.store.dialect, claim);
    await Promise.all(rows.map(async (row) => {
      const [outcome, changes] = await attempt(deps, row, now, options);
      if (await finishDeliveryAttempt(deps.store.db, row.id, holder, changes)) result[outcome] += 1;
    }));
    if (rows.length < BATCH) break;
  }
  return result;
}
