import { appendHallEvent } from '../../store/repositories/hall-event-repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx, Trx } from '../context.js';
import { nowIso } from '../context.js';

/**
 * Records a change of a hall's queue: the event live pages redraw on, then the audit event, in the
 * caller's transaction. Always in this order (event head, then audit head), so two hall transactions
 * never wait on each other's locks the other way round.
 */
export async function recordHallChange(
  trx: Trx, ctx: Ctx, change: { hallId: string; ticketId: string | null; entity: string; entityId: string; action: string; before?: unknown; after?: unknown },
): Promise<void> {
  await appendHallEvent(trx, { hallId: change.hallId, ticketId: change.ticketId, kind: change.action }, nowIso(ctx));
  await recordAudit(trx, ctx, { entity: change.entity, entityId: change.entityId, action: change.action, before: change.before, after: change.after });
}
