import { createHash } from 'node:crypto';
import { chainEvent } from '../../core/audit/chain.js';
import { maskPersonalData } from '../../core/identity/index.js';
import type { Ctx, Trx } from '../context.js';
import { nowIso } from '../context.js';

/** SHA-256 in hex: the chain's hash function. */
export function sha256Hex(input: string): string {
  return createHash('sha256').update(input).digest('hex');
}

/** What changed, as the service saw it. */
export interface AuditInput {
  readonly entity: string;
  readonly entityId: string;
  readonly action: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/**
 * Appends one audit event in the caller's transaction, chained to the last one. The head row is
 * locked first, so concurrent transactions (several processes on PostgreSQL) append one at a time.
 */
export async function recordAudit(trx: Trx, ctx: Ctx, input: AuditInput): Promise<void> {
  const head = await ctx.store.dialect
    .forUpdate(trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1))
    .executeTakeFirstOrThrow();
  const summary = JSON.stringify(maskPersonalData({ before: input.before ?? null, after: input.after ?? null }, { keepNames: true }));
  const event = chainEvent(head.hash, {
    seq: Number(head.seq) + 1,
    at: nowIso(ctx),
    actorId: ctx.actor?.userId ?? null,
    actorRole: ctx.actor ? (ctx.actor.kind === 'applicant' ? 'applicant' : ctx.actor.roles.join(',')) : null,
    ip: ctx.ip,
    entity: input.entity,
    entityId: input.entityId,
    action: input.action,
    summary,
  }, sha256Hex);
  await trx.insertInto('audit_events').values({
    seq: event.seq, at: event.at, actor_id: event.actorId, actor_role: event.actorRole, ip: event.ip,
    entity: event.entity, entity_id: event.entityId, action: event.action, summary: event.summary,
    prev_hash: event.prevHash, hash: event.hash,
  }).execute();
  await trx.updateTable('audit_head').set({ seq: event.seq, hash: event.hash }).where('id', '=', 1).execute();
}
