import { maskPersonalData } from '../../core/identity/index.js';
import type { Ctx, Trx } from '../context.js';
import { nowIso } from '../context.js';
import { appendAuditEvents, deferAuditEvent, type RecordedAuditEvent } from './audit-chain.js';

/** What changed, as the service saw it. */
export interface AuditInput {
  readonly entity: string;
  readonly entityId: string;
  readonly action: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/**
 * Records one audit event in the caller's transaction, as of now. In a transaction of `inTransaction`
 * it is chained with the transaction's other events at its end (audit-chain.ts); elsewhere at once.
 */
export async function recordAudit(trx: Trx, ctx: Ctx, input: AuditInput): Promise<void> {
  const event: RecordedAuditEvent = {
    at: nowIso(ctx),
    actorId: ctx.actor?.userId ?? null,
    actorRole: ctx.actor ? (ctx.actor.kind === 'applicant' ? 'applicant' : ctx.actor.roles.join(',')) : null,
    ip: ctx.ip,
    entity: input.entity,
    entityId: input.entityId,
    action: input.action,
    summary: JSON.stringify(maskPersonalData({ before: input.before ?? null, after: input.after ?? null }, { keepNames: true })),
  };
  if (!deferAuditEvent(trx, event)) await appendAuditEvents(trx, ctx.store.dialect, [event]);
}
