import { reachOf } from '../../core/accounts/actor.js';
import { DomainError, invalidFields, type FieldError } from '../../core/errors.js';
import { isWithinRegion } from '../../core/organization/region.js';
import { ROTATION_OVERLAP_MS, targetUrlProblem, type WebhookSubscription } from '../../core/webhooks/index.js';
import { findItem } from '../../store/repositories/item-repository.js';
import { findRegion } from '../../store/repositories/region-repository.js';
import {
  deleteSubscription, findSubscription, insertSubscription, listSubscriptions, subscriptionFromRow, updateSubscription,
  type WebhookSubscriptionRow,
} from '../../store/repositories/webhook-repository.js';
import { requireRole, requireWithin } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx, Db, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { newWebhookSecret, sealSecret } from './secret-box.js';

/** What an admin sets on a subscription; on update every field is optional. */
export interface WebhookInput {
  readonly name: string;
  readonly url: string;
  readonly eventTypes: readonly string[];
  /** Defaults to the admin's own region; must lie within it. */
  readonly regionCode?: string | undefined;
  readonly itemCodes?: readonly string[] | null | undefined;
  readonly active?: boolean | undefined;
}

/** A subscription with its secret, which is shown this once (creation, rotation) and never again. */
export type WebhookWithSecret = WebhookSubscription & { readonly secret: string };

/** The admin and their region: subscriptions are managed, and heard, only within it. */
export function adminScope(ctx: Ctx): { userId: string; region: string } {
  requireRole(ctx.actor, 'admin');
  const reach = reachOf(ctx.actor, ['admin']);
  if (reach.kind !== 'region') throw new DomainError('auth.forbidden');
  return { userId: ctx.actor.userId, region: reach.regionCode };
}

async function loadWithin(db: Db, id: string, region: string): Promise<WebhookSubscriptionRow> {
  const row = await findSubscription(db, id, region);
  if (!row) throw new DomainError('request.not_found');
  return row;
}

/** Field problems of the parts given; the region's reach is checked apart (403, as for departments). */
async function problems(trx: Trx, input: Partial<WebhookInput>): Promise<FieldError[]> {
  const fields: FieldError[] = [];
  const urlProblem = input.url === undefined ? null : targetUrlProblem(input.url);
  if (urlProblem) fields.push({ field: 'url', code: urlProblem });
  if (input.regionCode !== undefined && !(await findRegion(trx, input.regionCode))) fields.push({ field: 'regionCode', code: 'not_found' });
  for (const [i, code] of (input.itemCodes ?? []).entries()) {
    if (!(await findItem(trx, code))) fields.push({ field: `itemCodes[${i}]`, code: 'not_found' });
  }
  return fields;
}

const listJson = (values: readonly string[]) => JSON.stringify([...new Set(values)]);

/** Subscriptions of the admin's region subtree. */
export async function listWebhooks(ctx: Ctx): Promise<WebhookSubscription[]> {
  return listSubscriptions(ctx.store.db, adminScope(ctx).region);
}

/** One subscription within the admin's reach (404 otherwise). */
export async function getWebhook(ctx: Ctx, id: string): Promise<WebhookSubscription> {
  return subscriptionFromRow(await loadWithin(ctx.store.db, id, adminScope(ctx).region));
}

/** Creates a subscription with a new secret, returned this once. */
export async function createWebhook(ctx: Ctx, input: WebhookInput): Promise<WebhookWithSecret> {
  const { userId, region: adminRegion } = adminScope(ctx);
  const regionCode = input.regionCode ?? adminRegion;
  requireWithin(isWithinRegion(regionCode, adminRegion));
  const id = ctx.newId();
  const secret = newWebhookSecret();
  return inTransaction(ctx, async (trx) => {
    const fields = await problems(trx, { ...input, regionCode });
    if (fields.length > 0) throw invalidFields(fields);
    const now = nowIso(ctx);
    await insertSubscription(trx, {
      id, name: input.name, url: input.url, event_types: listJson(input.eventTypes), region_code: regionCode,
      item_codes: input.itemCodes ? listJson(input.itemCodes) : null, active: input.active === false ? 0 : 1,
      secret: sealSecret(secret, id), previous_secret: null, previous_secret_until: null, created_by: userId,
      created_at: now, updated_at: now,
    });
    const created = subscriptionFromRow(await loadWithin(trx, id, adminRegion));
    await recordAudit(trx, ctx, { entity: 'webhook', entityId: id, action: 'create', after: created });
    return { ...created, secret };
  });
}

/** Changes name, target, filters or the active flag; the secret changes only by rotation. */
export async function updateWebhook(ctx: Ctx, id: string, input: Partial<WebhookInput>): Promise<WebhookSubscription> {
  const adminRegion = adminScope(ctx).region;
  if (input.regionCode !== undefined) requireWithin(isWithinRegion(input.regionCode, adminRegion));
  return inTransaction(ctx, async (trx) => {
    const before = subscriptionFromRow(await loadWithin(trx, id, adminRegion));
    const fields = await problems(trx, input);
    if (fields.length > 0) throw invalidFields(fields);
    await updateSubscription(trx, id, {
      ...(input.name !== undefined && { name: input.name }),
      ...(input.url !== undefined && { url: input.url }),
      ...(input.eventTypes !== undefined && { event_types: listJson(input.eventTypes) }),
      ...(input.regionCode !== undefined && { region_code: input.regionCode }),
      ...(input.itemCodes !== undefined && { item_codes: input.itemCodes === null ? null : listJson(input.itemCodes) }),
      ...(input.active !== undefined && { active: input.active ? 1 : 0 }),
      updated_at: nowIso(ctx),
    });
    const after = subscriptionFromRow(await loadWithin(trx, id, adminRegion));
    await recordAudit(trx, ctx, { entity: 'webhook', entityId: id, action: 'update', before, after });
    return after;
  });
}

/** Removes a subscription and its delivery log; nothing more is sent to it. */
export async function deleteWebhook(ctx: Ctx, id: string): Promise<void> {
  const adminRegion = adminScope(ctx).region;
  await inTransaction(ctx, async (trx) => {
    const before = subscriptionFromRow(await loadWithin(trx, id, adminRegion));
    await deleteSubscription(trx, id);
    await recordAudit(trx, ctx, { entity: 'webhook', entityId: id, action: 'delete', before });
  });
}

/**
 * Replaces the secret, returned this once. The old one keeps signing beside it for a day
 * (ROTATION_OVERLAP_MS), so a receiver can switch without refusing deliveries in between.
 */
export async function rotateWebhookSecret(ctx: Ctx, id: string): Promise<WebhookWithSecret> {
  const adminRegion = adminScope(ctx).region;
  const secret = newWebhookSecret();
  return inTransaction(ctx, async (trx) => {
    const row = await loadWithin(trx, id, adminRegion);
    const now = ctx.clock.now();
    await updateSubscription(trx, id, {
      secret: sealSecret(secret, id), previous_secret: row.secret,
      previous_secret_until: new Date(now.getTime() + ROTATION_OVERLAP_MS).toISOString(), updated_at: now.toISOString(),
    });
    const after = subscriptionFromRow(await loadWithin(trx, id, adminRegion));
    await recordAudit(trx, ctx, { entity: 'webhook', entityId: id, action: 'rotate_secret', after: { previousSecretUntil: after.previousSecretUntil } });
    return { ...after, secret };
  });
}
