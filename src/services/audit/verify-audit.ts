import { createChainVerifier, type ChainBreak } from '../../core/audit/chain.js';
import type { Db } from '../context.js';
import { sha256Hex } from './audit-chain.js';

/** The outcome of a chain check. */
export type AuditVerification =
  | { readonly ok: true; readonly count: number }
  | { readonly ok: false; readonly count: number; readonly brokenAt: { seq: number; reason: ChainBreak } };

const BATCH = 5_000;

/** Reads every audit event in order, in batches, and checks the chain (DOMAIN.md §10). */
export async function verifyAudit(db: Db, onProgress?: (checked: number) => void): Promise<AuditVerification> {
  const verifier = createChainVerifier(sha256Hex);
  let count = 0;
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_events').selectAll()
      .where('seq', '>', after).orderBy('seq').limit(BATCH).execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      const reason = verifier.check({
        seq, at: row.at, actorId: row.actor_id, actorRole: row.actor_role, ip: row.ip, entity: row.entity,
        entityId: row.entity_id, action: row.action, summary: row.summary, prevHash: row.prev_hash, hash: row.hash,
      });
      if (reason) return { ok: false, count, brokenAt: { seq, reason } };
      count += 1;
      after = seq;
    }
    onProgress?.(count);
    if (rows.length < BATCH) return { ok: true, count };
  }
}
