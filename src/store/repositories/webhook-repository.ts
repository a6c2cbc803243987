import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { regionPrefix } from '../../core/organization/region.js';
import type { WebhookSubscription } from '../../core/webhooks/index.js';
import type { DialectAdapter } from '../dialects/dialect.js';
import type { Database } from '../schema.js';
import type { WebhookDeliveryStatus, WebhookDeliveryTable, WebhookSubscriptionTable } from '../webhook-tables.js';
import { claimDue, finishClaimed, type Claim } from './work-queue.js';

type Db = Kysely<Database>;
export type WebhookSubscriptionRow = Selectable<WebhookSubscriptionTable>;
export type NewWebhookSubscriptionRow = Insertable<WebhookSubscriptionTable>;
export type WebhookSubscriptionUpdate = Updateable<WebhookSubscriptionTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveryTable>;
export type NewWebhookDeliveryRow = Insertable<WebhookDeliveryTable>;
export type WebhookDeliveryUpdate = Updateable<WebhookDeliveryTable>;

/** A claimed delivery with what it takes to send it: the subscription's target, state and sealed secrets. */
export type ClaimedDelivery = WebhookDeliveryRow & Pick<WebhookSubscriptionRow, 'url' | 'active' | 'secret' | 'previous_secret' | 'previous_secret_until'>;

/** Row → domain; the sealed secrets stay behind. */
export function subscriptionFromRow(row: WebhookSubscriptionRow): WebhookSubscription {
  return {
    id: row.id, name: row.name, url: row.url, eventTypes: JSON.parse(row.event_types) as string[], regionCode: row.region_code,
    itemCodes: row.item_codes === null ? null : JSON.parse(row.item_codes) as string[], active: Number(row.active) === 1,
    previousSecretUntil: row.previous_secret_until, createdBy: row.created_by, createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

const inRegion = (regionCode: string) => `${regionPrefix(regionCode)}%`;

export async function insertSubscription(db: Db, row: NewWebhookSubscriptionRow): Promise<void> {
  await db.insertInto('webhook_subscriptions').values(row).execute();
}

/** One subscription in a region's subtree; one outside it is as absent as a missing one. */
export async function findSubscription(db: Db, id: string, regionCode: string): Promise<WebhookSubscriptionRow | undefined> {
  return db.selectFrom('webhook_subscriptions').selectAll().where('id', '=', id).where('region_code', 'like', inRegion(regionCode)).executeTakeFirst();
}

/** The subscriptions of a region's subtree, oldest first. */
export async function listSubscriptions(db: Db, regionCode: string): Promise<WebhookSubscription[]> {
  const rows = await db.selectFrom('webhook_subscriptions').selectAll().where('region_code', 'like', inRegion(regionCode))
    .orderBy('created_at').orderBy('id').execute();
  return rows.map(subscriptionFromRow);
}

/** Every active subscription: the few a case event is matched against (core/webhooks/match.ts). */
export async function activeSubscriptions(db: Db): Promise<WebhookSubscription[]> {
  return (await db.selectFrom('webhook_subscriptions').selectAll().where('active', '=', 1).execute()).map(subscriptionFromRow);
}

export async function updateSubscription(db: Db, id: string, changes: WebhookSubscriptionUpdate): Promise<void> {
  await db.updateTable('webhook_subscriptions').set(changes).where('id', '=', id).execute();
}

/** Removes a subscription with its delivery log. */
export async function deleteSubscription(db: Db, id: string): Promise<void> {
  await db.deleteFrom('webhook_deliveries').where('subscription_id', '=', id).execute();
  await db.deleteFrom('webhook_subscriptions').where('id', '=', id).execute();
}

export async function insertDeliveries(db: Db, rows: readonly NewWebhookDeliveryRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('webhook_deliveries').values([...rows]).execute();
}

/** Claims up to `limit` due deliveries for `holder` (work-queue.ts), with what it takes to send them. */
export async function claimDueDeliveries(db: Db, dialect: DialectAdapter, claim: Claim): Promise<ClaimedDelivery[]> {
  const ids = await claimDue(db, dialect, 'webhook_deliveries', claim);
  if (ids.length === 0) return [];
  return db.selectFrom('webhook_deliveries')
    .innerJoin('webhook_subscriptions', 'webhook_subscriptions.id', 'webhook_deliveries.subscription_id')
    .selectAll('webhook_deliveries')
    .select(['webhook_subscriptions.url', 'webhook_subscriptions.active', 'webhook_subscriptions.secret', 'webhook_subscriptions.previous_secret', 'webhook_subscriptions.previous_secret_until'])
    .where('webhook_deliveries.id', 'in', ids)
    .where('webhook_deliveries.claimed_by', '=', claim.holder)
    .orderBy('webhook_deliveries.next_attempt_at').execute();
}

/** Records an attempt and frees the claim, if `holder` still holds it; returns whether it did. */
export function finishDeliveryAttempt(db: Db, id: string, holder: string, changes: WebhookDeliveryUpdate): Promise<boolean> {
  return finishClaimed(db, 'webhook_deliveries', id, holder, changes);
}

/** What the delivery list asks. */
export interface DeliveryFilter {
  readonly regionCode: string;
  readonly status?: WebhookDeliveryStatus | undefined;
  readonly subscriptionId?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** Deliveries of the subscriptions in a region's subtree, newest first, with the total after the filter. */
export async function listDeliveries(db: Db, filter: DeliveryFilter): Promise<{ rows: WebhookDeliveryRow[]; total: number }> {
  let query = db.selectFrom('webhook_deliveries')
    .innerJoin('webhook_subscriptions', 'webhook_subscriptions.id', 'webhook_deliveries.subscription_id')
    .where('webhook_subscriptions.region_code', 'like', inRegion(filter.regionCode));
  if (filter.status) query = query.where('webhook_deliveries.status', '=', filter.status);
  if (filter.subscriptionId) query = query.where('webhook_deliveries.subscription_id', '=', filter.subscriptionId);
  const [rows, count] = await Promise.all([
    query.selectAll('webhook_deliveries').orderBy('webhook_deliveries.created_at', 'desc').orderBy('webhook_deliveries.id', 'desc')
      .limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** One delivery of a subscription in a region's subtree. */
export async function findDelivery(db: Db, id: string, regionCode: string): Promise<WebhookDeliveryRow | undefined> {
  return db.selectFrom('webhook_deliveries')
    .innerJoin('webhook_subscriptions', 'webhook_subscriptions.id', 'webhook_deliveries.subscription_id')
    .selectAll('webhook_deliveries')
    .where('webhook_deliveries.id', '=', id).where('webhook_subscriptions.region_code', 'like', inRegion(regionCode))
    .executeTakeFirst();
}

/** Puts a dead delivery back in the queue with a fresh retry schedule; false when it is not dead (any more). */
export async function requeueDeadDelivery(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db.updateTable('webhook_deliveries')
    .set({ status: 'pending', attempts: 0, next_attempt_at: now, claimed_by: null, claimed_until: null })
    .where('id', '=', id).where('status', '=', 'dead').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
