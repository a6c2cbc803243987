import { createHash } from 'node:crypto';
import { DomainError } from '../../core/errors.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';

/** What an idempotent command answered: stored with the key and given again on a retry. */
export interface StoredAnswer<T> {
  readonly status: number;
  readonly body: T;
  readonly replayed: boolean;
}

function requestHash(scope: string, request: unknown): string {
  return createHash('sha256').update(`${scope}\n${JSON.stringify(request)}`).digest('hex');
}

async function storedAnswer<T>(trx: Trx, userId: string, key: string, hash: string): Promise<StoredAnswer<T> | null> {
  const row = await trx.selectFrom('idempotency_keys').select(['request_hash', 'status', 'response'])
    .where('user_id', '=', userId).where('key', '=', key).executeTakeFirst();
  if (!row) return null;
  if (row.request_hash !== hash) throw new DomainError('request.idempotency_mismatch');
  return { status: Number(row.status), body: JSON.parse(row.response) as T, replayed: true };
}

/**
 * Runs a command at most once per (user, Idempotency-Key): the answer is stored in the command's own
 * transaction, so a retry after a lost response, a crash or a concurrent duplicate gets the first
 * answer and changes nothing. Without a key the command simply runs.
 */
export async function idempotent<T>(
  ctx: Ctx, key: string | undefined, scope: string, request: unknown, work: (trx: Trx) => Promise<{ status: number; body: T }>,
): Promise<StoredAnswer<T>> {
  const userId = ctx.actor?.userId;
  if (!key || !userId) return inTransaction(ctx, async (trx) => ({ ...(await work(trx)), replayed: false }));
  const hash = requestHash(scope, request);
  try {
    return await inTransaction(ctx, async (trx) => {
      const earlier = await storedAnswer<T>(trx, userId, key, hash);
      if (earlier) return earlier;
      const answer = await work(trx);
      await trx.insertInto('idempotency_keys').values({
        user_id: userId, key, route: scope, request_hash: hash, status: answer.status,
        response: JSON.stringify(answer.body), created_at: nowIso(ctx),
      }).execute();
      return { ...answer, replayed: false };
    });
  } catch (error) {
    // A concurrent twin committed first: our transaction rolled back whole; answer with the twin's.
    if (!ctx.store.dialect.isUniqueViolation(error)) throw error;
    const earlier = await inTransaction(ctx, (trx) => storedAnswer<T>(trx, userId, key, hash));
    if (!earlier) throw error;
    return earlier;
  }
}
