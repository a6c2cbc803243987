import { describe, expect, it } from 'vitest';
import { LOOKUP_LIMITS, lookupVerdict, windowCutoff, windowEnd } from './lookup-throttle.js';

const START = '2026-03-02T01:00:00.000Z';

describe('lookup throttle (query-code guessing)', () => {
  it('lets the limit through and refuses the attempt after it until the window ends', () => {
    expect(lookupVerdict([{ scope: 'case', attempts: LOOKUP_LIMITS.case, windowStart: START }])).toEqual({ allowed: true });
    expect(lookupVerdict([{ scope: 'case', attempts: LOOKUP_LIMITS.case + 1, windowStart: START }]))
      .toEqual({ allowed: false, reopensAt: '2026-03-02T02:00:00.000Z' });
  });

  it('counts a client address against its own, larger limit', () => {
    expect(lookupVerdict([{ scope: 'case', attempts: 1, windowStart: START }, { scope: 'ip', attempts: 30, windowStart: START }])).toEqual({ allowed: true });
    expect(lookupVerdict([{ scope: 'case', attempts: 1, windowStart: START }, { scope: 'ip', attempts: 31, windowStart: START }]))
      .toEqual({ allowed: false, reopensAt: '2026-03-02T02:00:00.000Z' });
  });

  it('reopens when the latest exceeded window ends', () => {
    const later = '2026-03-02T01:40:00.000Z';
    expect(lookupVerdict([{ scope: 'case', attempts: 9, windowStart: later }, { scope: 'ip', attempts: 31, windowStart: START }]))
      .toEqual({ allowed: false, reopensAt: '2026-03-02T02:40:00.000Z' });
  });

  it('ends a window exactly one hour after its start', () => {
    const now = Date.parse('2026-03-02T02:00:00.000Z');
    expect(windowCutoff(now)).toBe(START);
    expect(windowEnd(START)).toBe('2026-03-02T02:00:00.000Z');
  });
});
