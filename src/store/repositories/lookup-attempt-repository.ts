import { sql, type Kysely } from 'kysely';
import type { LookupAttemptTable } from '../lookup-tables.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** A counted key: which scope, which case number or address. */
export interface LookupKey {
  readonly scope: LookupAttemptTable['scope'];
  readonly subject: string;
}

/** A key as this attempt left it: the attempts of its window, this one included, and the window's start. */
export interface CountedKey extends LookupKey {
  readonly attempts: number;
  readonly windowStart: string;
}

/**
 * Counts one attempt on a key in one atomic statement: a window that started at or before `cutoff` has ended and
 * starts again at `now` with this attempt; otherwise the attempt is added. Concurrent attempts, in any process,
 * each see their own count. One key per statement, so a statement holds one row lock and none can deadlock.
 */
export async function countLookupAttempt(db: Db, key: LookupKey, now: string, cutoff: string): Promise<CountedKey> {
  const ended = sql<boolean>`lookup_attempts.window_start <= ${cutoff}`;
  const row = await db.insertInto('lookup_attempts')
    .values({ scope: key.scope, subject: key.subject, window_start: now, attempts: 1 })
    .onConflict((oc) => oc.columns(['scope', 'subject']).doUpdateSet({
      attempts: sql<number>`case when ${ended} then 1 else lookup_attempts.attempts + 1 end`,
      window_start: sql<string>`case when ${ended} then ${now} else lookup_attempts.window_start end`,
    }))
    .returning(['attempts', 'window_start'])
    .executeTakeFirstOrThrow();
  return { ...key, attempts: Number(row.attempts), windowStart: row.window_start };
}

/** Takes an attempt back (a right code, or one refused unchecked), unless its window has been restarted since. */
export async function releaseLookupAttempt(db: Db, key: CountedKey): Promise<void> {
  await db.updateTable('lookup_attempts').set((eb) => ({ attempts: eb('attempts', '-', 1) }))
    .where('scope', '=', key.scope).where('subject', '=', key.subject).where('window_start', '=', key.windowStart)
    .where('attempts', '>', 0)
    .execute();
}

/** Drops the rows of ended windows: they count nothing any more. */
export async function pruneLookupAttempts(db: Db, cutoff: string): Promise<void> {
  await db.deleteFrom('lookup_attempts').where('window_start', '<=', cutoff).execute();
}
