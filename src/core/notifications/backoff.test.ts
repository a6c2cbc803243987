import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, nextAttemptAt } from './backoff.js';

const now = new Date('2026-03-02T01:00:00Z');
const after = (failed: number) => {
  const next = nextAttemptAt(failed, now);
  return next === null ? null : (next.getTime() - now.getTime()) / 60_000;
};

describe('outbox backoff', () => {
  it('waits 1 min, 5 min, 30 min, 2 h and 6 h after successive failures', () => {
    expect([1, 2, 3, 4, 5].map(after)).toEqual([1, 5, 30, 120, 360]);
  });

  it('gives up after the last attempt', () => {
    expect(MAX_ATTEMPTS).toBe(6);
    expect(nextAttemptAt(MAX_ATTEMPTS, now)).toBeNull();
  });

  it('rejects a count that is not a positive integer', () => {
    expect(() => nextAttemptAt(0, now)).toThrow(RangeError);
    expect(() => nextAttemptAt(1.5, now)).toThrow(RangeError);
  });
});
