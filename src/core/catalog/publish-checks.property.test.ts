import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishReasons } from './publish-checks.js';
import { sampleItem, staffingExcept } from './testing/sample-item.js';
import { speedUpRate } from './time-limits.js';
import type { Step } from './item-schema.js';

const RUNS = { numRuns: 1000 };
const stepDays = fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 8 });
const steps = (days: readonly number[]): Step[] => days.map((workdays, i) => ({
  key: `s${i}`, name: `环节${i}`, kind: i % 2 === 0 ? 'review' : 'decide', departmentId: 'd1', role: i % 2 === 0 ? 'handler' : 'approver', workdays,
}));
const sum = (days: readonly number[]) => days.reduce((a, b) => a + b, 0);
const daysCheck = (reasons: { code: string }[]) => reasons.some((r) => r.code === 'item_steps_exceed_promised');

describe('publishing check properties', () => {
  it('any steps whose days add up to at most promisedDays pass the days check', () => {
    fc.assert(fc.property(stepDays, fc.integer({ min: 0, max: 60 }), (days, slack) => {
      const promised = Math.max(1, sum(days) + slack);
      const reasons = publishReasons(sampleItem({ steps: steps(days), promisedDays: promised, statutoryDays: promised }), staffingExcept());
      expect(reasons).toEqual([]);
    }), RUNS);
  });

  it('any steps whose days exceed promisedDays fail it, and say by how much', () => {
    fc.assert(fc.property(stepDays.filter((d) => sum(d) >= 2), fc.integer({ min: 1, max: 60 }), (days, short) => {
      const promised = Math.max(1, sum(days) - short);
      fc.pre(promised < sum(days));
      const reasons = publishReasons(sampleItem({ steps: steps(days), promisedDays: promised, statutoryDays: 100 }), staffingExcept());
      expect(daysCheck(reasons)).toBe(true);
      expect(reasons.find((r) => r.code === 'item_steps_exceed_promised')?.params).toEqual({ total: sum(days), promised });
    }), RUNS);
  });

  it('promisedDays ≤ statutoryDays passes the statutory check exactly when it holds', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 400 }), (promised, statutory) => {
      const reasons = publishReasons(sampleItem({ steps: steps([promised]), promisedDays: promised, statutoryDays: statutory }), staffingExcept());
      expect(reasons.some((r) => r.code === 'item_promised_exceeds_statutory')).toBe(promised > statutory);
    }), RUNS);
  });

  it('the speed-up rate of a publishable item lies in [0, 1) for promised items and is 1 for instant ones', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 400 }), (statutory, promised) => {
      fc.pre(promised <= statutory);
      const rate = speedUpRate(statutory, promised);
      expect(rate).not.toBeNull();
      expect(rate).toBeGreaterThanOrEqual(0);
      expect(rate).toBeLessThanOrEqual(1);
      expect(rate === 1).toBe(promised === 0);
    }), RUNS);
  });
});
