/**
 * The audit trail's hash chain (全程留痕, DOMAIN.md §10). Each event's hash covers the previous
 * event's hash and the event's own fields, so altering, removing or reordering any stored event
 * breaks every hash after it. Hashing itself is injected: the core does no I/O and has no crypto.
 */

/** The hash the first event chains to. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit event that the hash covers. */
export interface AuditEventFields {
  readonly seq: number;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorRole: string | null;
  readonly ip: string | null;
  readonly entity: string;
  readonly entityId: string;
  readonly action: string;
  readonly summary: string;
}

/** A stored event: its fields and the two hashes. */
export interface ChainedAuditEvent extends AuditEventFields {
  readonly prevHash: string;
  readonly hash: string;
}

export type HashFn = (input: string) => string;

/** The exact text hashed for an event: fixed field order, so the same event always hashes the same. */
export function auditHashInput(prevHash: string, event: AuditEventFields): string {
  return JSON.stringify([
    prevHash, event.seq, event.at, event.actorId, event.actorRole, event.ip,
    event.entity, event.entityId, event.action, event.summary,
  ]);
}

/** Chains one event after the event whose hash is `prevHash`. */
export function chainEvent(prevHash: string, event: AuditEventFields, hash: HashFn): ChainedAuditEvent {
  return { ...event, prevHash, hash: hash(auditHashInput(prevHash, event)) };
}

/** Why a chain is broken at an event. */
export type ChainBreak = 'sequence_gap' | 'prev_hash_mismatch' | 'hash_mismatch';

/** A running check over events read in `seq` order; call `check` for each, in order. */
export function createChainVerifier(hash: HashFn) {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  return {
    check(event: ChainedAuditEvent): ChainBreak | null {
      if (event.seq !== expectedSeq) return 'sequence_gap';
      if (event.prevHash !== expectedPrev) return 'prev_hash_mismatch';
      if (hash(auditHashInput(event.prevHash, event)) !== event.hash) return 'hash_mismatch';
      expectedPrev = event.hash;
      expectedSeq += 1;
      return null;
    },
  };
}
