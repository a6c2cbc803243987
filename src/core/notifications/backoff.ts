// Retry schedule of the outbox: a mail server that is down for a while still gets the message,
// and one that never comes back is given up on after about 9 hours.

const MINUTE = 60_000;

/** The wait after the 1st, 2nd, … failed attempt. */
export const RETRY_DELAYS_MS: readonly number[] = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 360 * MINUTE];

/** Attempts in all: the first one and one per delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/**
 * When to try again after `failedAttempts` attempts have failed (1 after the first failure), or
 * null when the last attempt has been made and the message is given up on.
 */
export function nextAttemptAt(failedAttempts: number, now: Date): Date | null {
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1) throw new RangeError(`failedAttempts must be a positive integer, got ${failedAttempts}`);
  const delay = RETRY_DELAYS_MS[failedAttempts - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay);
}
