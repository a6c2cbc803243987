import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTicketNumber, isTicketPrefix, parseTicketNumber } from './numbering.js';

const RUNS = { numRuns: 1000 };
const prefix = fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ');
const seq = fc.integer({ min: 1, max: 99_999 });

describe('ticket numbering properties', () => {
  it('reads back the prefix and sequence it printed', () => {
    fc.assert(fc.property(prefix, seq, (p, n) => {
      expect(parseTicketNumber(formatTicketNumber(p, n))).toEqual({ prefix: p, seq: n });
    }), RUNS);
  });

  it('prints different numbers for different (prefix, sequence) pairs', () => {
    fc.assert(fc.property(prefix, seq, prefix, seq, (p1, n1, p2, n2) => {
      fc.pre(p1 !== p2 || n1 !== n2);
      expect(formatTicketNumber(p1, n1)).not.toBe(formatTicketNumber(p2, n2));
    }), RUNS);
  });

  it('a day of up to 999 tickets sorts as text in the order they were taken', () => {
    fc.assert(fc.property(prefix, fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), (p, a, b) => {
      const [x, y] = [formatTicketNumber(p, a), formatTicketNumber(p, b)];
      expect(Math.sign(x.localeCompare(y))).toBe(Math.sign(a - b));
    }), RUNS);
  });

  it('prints three digits at least: A001, A999, A1000', () => {
    expect([1, 999, 1000].map((n) => formatTicketNumber('A', n))).toEqual(['A001', 'A999', 'A1000']);
  });

  it('refuses prefixes that read like digits and sequences below 1', () => {
    expect(isTicketPrefix('I')).toBe(false);
    expect(isTicketPrefix('O')).toBe(false);
    expect(isTicketPrefix('a')).toBe(false);
    expect(() => formatTicketNumber('A', 0)).toThrow(RangeError);
    expect(parseTicketNumber('A0001')).toBeNull();
    expect(parseTicketNumber('A000')).toBeNull();
  });
});
