import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DialectAdapter } from '../dialects/dialect.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** The queue columns a table's rows carry to be claimed by one sender at a time. */
interface QueueColumns {
  id: string;
  status: string;
  next_attempt_at: string;
  claimed_by: string | null;
  claimed_until: string | null;
}

/** The tables used as work queues: the notification outbox and webhook deliveries. */
export type QueueTable = { [T in keyof Database]: Database[T] extends QueueColumns ? T : never }[keyof Database];

/** Who claims what, until when. */
export interface Claim {
  readonly holder: string;
  readonly now: string;
  readonly leaseUntil: string;
  readonly limit: number;
}

// Kysely is shown one queue table for the types; the SQL names the table given, whose queue columns are the same.
type Shown = 'webhook_deliveries';

// Pending and not held: never claimed, or the holder's claim has run out (it died mid-send).
const unclaimed = (now: string) => (eb: ExpressionBuilder<Database, Shown>) =>
  eb.and([eb('status', '=', 'pending'), eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)])]);

/**
 * Claims up to `limit` due pending rows of a queue table for `holder` until `leaseUntil`; returns their
 * ids. One UPDATE decides: SQLite serializes writers, and on PostgreSQL SKIP LOCKED lets a second sender
 * pass over rows the first is claiming, whose re-checked WHERE would exclude them anyway.
 */
export async function claimDue(db: Db, dialect: DialectAdapter, table: QueueTable, claim: Claim): Promise<string[]> {
  const shown = table as Shown;
  const due = db.selectFrom(shown).select('id')
    .where(unclaimed(claim.now)).where('next_attempt_at', '<=', claim.now).orderBy('next_attempt_at').limit(claim.limit);
  const claimed = await db.updateTable(shown)
    .set({ claimed_by: claim.holder, claimed_until: claim.leaseUntil })
    .where('id', 'in', dialect.forUpdateSkipLocked(due))
    .where(unclaimed(claim.now))
    .returning('id').execute();
  return claimed.map((row) => row.id);
}

/** Records an attempt on a claimed row and frees the claim, if `holder` still holds it; returns whether it did. */
export async function finishClaimed<T extends QueueTable>(db: Db, table: T, id: string, holder: string, changes: Partial<Database[T]>): Promise<boolean> {
  const result = await db.updateTable(table as Shown)
    .set({ ...(changes as Partial<Database[Shown]>), claimed_by: null, claimed_until: null })
    .where('id', '=', id).where('claimed_by', '=', holder).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
