import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../core/accounts/actor.js';
import type { Store } from '../store/database.js';
import type { Database } from '../store/schema.js';
import { appendDeferredAudit, deferAuditEvents } from './audit/audit-chain.js';
import type { Clock } from './system/clock.js';

/** What every use case needs from the outside world; time and ids are inputs (STYLE B2.3). */
export interface Deps {
  readonly store: Store;
  readonly clock: Clock;
  readonly newId: () => string;
  readonly sessionHours: number;
}

/** One request's view: the dependencies, who acts, and from where. */
export interface Ctx extends Deps {
  readonly actor: Actor | null;
  readonly ip: string | null;
}

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;

/**
 * Runs `work` in one transaction: every state change and its audit event commit together. The audit
 * events it records are chained as its last statements, so the chain's head is held only to the commit.
 */
export function inTransaction<T>(ctx: Deps, work: (trx: Trx) => Promise<T>): Promise<T> {
  return ctx.store.db.transaction().execute(async (trx) => {
    deferAuditEvents(trx);
    const result = await work(trx);
    await appendDeferredAudit(trx, ctx.store.dialect);
    return result;
  });
}

/** The current instant as stored (UTC ISO). */
export function nowIso(ctx: Deps): string {
  return ctx.clock.now().toISOString();
}
