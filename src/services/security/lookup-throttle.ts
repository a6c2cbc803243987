import { formatInstant } from '../../core/clock/index.js';
import { DomainError, type ErrorCode } from '../../core/errors.js';
import { lookupVerdict, windowCutoff } from '../../core/security/lookup-throttle.js';
import {
  countLookupAttempt, pruneLookupAttempts, releaseLookupAttempt, type CountedKey, type LookupKey,
} from '../../store/repositories/lookup-attempt-repository.js';
import type { Ctx } from '../context.js';

// The lookups answer a wrong code exactly as a missing case (so existence does not leak); both are misses.
const isMiss = (error: unknown) => error instanceof DomainError && error.code === 'request.not_found';

/**
 * Runs a public lookup by a secret code under the guessing throttle (core/security/lookup-throttle,
 * docs/security.md): a case's query code (`caseNo` given: counted on the case number too) or an appointment's
 * check-in code. The attempt is counted on the client address (and case number) before the code is checked,
 * in the database, so concurrent guesses and other server processes count too; a key over its limit answers 429
 * `lookup.too_many_attempts` (or the caller's `refusal`) without checking the code. A miss (wrong code or unknown case number, alike) stays
 * counted; a right code, or any other outcome, is taken back. Call it outside any transaction: the counts must
 * commit whatever the lookup does.
 */
export async function throttledLookup<T>(
  ctx: Ctx, caseNo: string | null, lookup: () => Promise<T>, refusal: ErrorCode = 'lookup.too_many_attempts',
): Promise<T> {
  const nowMs = ctx.clock.now().getTime();
  const now = new Date(nowMs).toISOString();
  const cutoff = windowCutoff(nowMs);
  const keys: LookupKey[] = [
    ...(caseNo !== null ? [{ scope: 'case' as const, subject: caseNo }] : []), ...(ctx.ip ? [{ scope: 'ip' as const, subject: ctx.ip }] : []),
  ];
  const counted: CountedKey[] = [];
  for (const key of keys) counted.push(await countLookupAttempt(ctx.store.db, key, now, cutoff));
  const release = async () => { for (const key of counted) await releaseLookupAttempt(ctx.store.db, key); };

  const verdict = lookupVerdict(counted);
  if (!verdict.allowed) {
    await release();
    throw new DomainError(refusal, { until: formatInstant(verdict.reopensAt) });
  }
  try {
    const result = await lookup();
    await release();
    return result;
  } catch (error) {
    if (isMiss(error)) await pruneLookupAttempts(ctx.store.db, cutoff);
    else await release();
    throw error;
  }
}
