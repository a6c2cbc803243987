import { DomainError } from '../../core/errors.js';
import {
  findDelivery, listDeliveries, requeueDeadDelivery, type DeliveryFilter, type WebhookDeliveryRow,
} from '../../store/repositories/webhook-repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { adminScope } from './subscriptions.js';

/** The delivery log of the subscriptions in the admin's region, newest first; `status: 'dead'` is the dead-letter list. */
export async function listWebhookDeliveries(ctx: Ctx, query: Partial<Pick<DeliveryFilter, 'status' | 'subscriptionId' | 'limit' | 'offset'>>) {
  const { region } = adminScope(ctx);
  return listDeliveries(ctx.store.db, { ...query, regionCode: region, limit: query.limit ?? 50, offset: query.offset ?? 0 });
}

/**
 * Puts a dead delivery back in the queue: the same id and body, a fresh retry schedule, sent at the
 * job's next run. Only a dead one: a pending one is queued already and a delivered one arrived.
 */
export async function replayWebhookDelivery(ctx: Ctx, id: string): Promise<WebhookDeliveryRow> {
  const { region } = adminScope(ctx);
  return inTransaction(ctx, async (trx) => {
    const before = await findDelivery(trx, id, region);
    if (!before) throw new DomainError('request.not_found');
    if (!(await requeueDeadDelivery(trx, id, nowIso(ctx)))) throw new DomainError('webhook.delivery_not_dead');
    await recordAudit(trx, ctx, { entity: 'webhook_delivery', entityId: id, action: 'replay', before: { status: before.status, attempts: before.attempts, lastError: before.last_error } });
    const after = await findDelivery(trx, id, region);
    if (!after) throw new DomainError('request.not_found');
    return after;
  });
}
