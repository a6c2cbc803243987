import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { chainEvent, type AuditEventFields } from '../../core/audit/chain.js';
import type { DialectAdapter } from '../../store/dialects/dialect.js';
import type { Database } from '../../store/schema.js';

type Trx = Transaction<Database>;

/** SHA-256 in hex: the chain's hash function. */
export function sha256Hex(input: string): string {
  return createHash('sha256').update(input).digest('hex');
}

/** An event as recorded: every field the hash covers but its place in the chain. */
export type RecordedAuditEvent = Omit<AuditEventFields, 'seq'>;

// Well under both databases' limits on bound parameters (11 a row).
const ROWS_PER_INSERT = 200;

/**
 * Chains events after the head, in the order given: the head row is locked (PostgreSQL), the events
 * go in by multi-row inserts and the head moves once. Concurrent transactions append one at a time.
 */
export async function appendAuditEvents(trx: Trx, dialect: DialectAdapter, events: readonly RecordedAuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  const head = await dialect.forUpdate(trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1)).executeTakeFirstOrThrow();
  let prevHash = head.hash;
  const rows = events.map((recorded, i) => {
    const event = chainEvent(prevHash, { ...recorded, seq: Number(head.seq) + 1 + i }, sha256Hex);
    prevHash = event.hash;
    return {
      seq: event.seq, at: event.at, actor_id: event.actorId, actor_role: event.actorRole, ip: event.ip,
      entity: event.entity, entity_id: event.entityId, action: event.action, summary: event.summary,
      prev_hash: event.prevHash, hash: event.hash,
    };
  });
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await trx.insertInto('audit_events').values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
  }
  const last = rows[rows.length - 1]!;
  await trx.updateTable('audit_head').set({ seq: last.seq, hash: last.hash }).where('id', '=', 1).execute();
}

/*
 * The events recorded in each transaction of `inTransaction`, appended as its last statements: the
 * chain's head row is the one row every writing transaction takes, so it is held only from there to
 * the commit instead of from the first event on (docs/benchmarks.md, "Intake").
 */
const deferred = new WeakMap<Trx, RecordedAuditEvent[]>();

/** From now on, the events recorded in `trx` wait for `appendDeferredAudit`. */
export function deferAuditEvents(trx: Trx): void {
  deferred.set(trx, []);
}

/** Keeps an event for the end of its transaction; false when that transaction does not defer them. */
export function deferAuditEvent(trx: Trx, event: RecordedAuditEvent): boolean {
  const events = deferred.get(trx);
  events?.push(event);
  return events !== undefined;
}

/** Appends the events kept for `trx`, in the order they were recorded; later ones are appended at once. */
export async function appendDeferredAudit(trx: Trx, dialect: DialectAdapter): Promise<void> {
  const events = deferred.get(trx) ?? [];
  deferred.delete(trx);
  await appendAuditEvents(trx, dialect, events);
}
