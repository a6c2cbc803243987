import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumberOf, localDateFromDayNumber, officialCalendar, parseLocalDate } from '../calendar/index.js';
import { defaultYellowThreshold, levelAt, warningInstants, warningLevel, yellowThreshold } from './warning.js';

const cal = officialCalendar();
const d = parseLocalDate;
const due = d('2026-03-05'); // 10 promised workdays from 2026-02-13

describe('warning levels', () => {
  it('defaults the yellow threshold to max(1, ceil(budget / 3))', () => {
    expect([0, 1, 3, 4, 10, 20, 30].map(defaultYellowThreshold)).toEqual([1, 1, 1, 2, 4, 7, 10]);
    expect(yellowThreshold({ promisedDays: 10, extensionDays: 10 })).toBe(7);
    expect(yellowThreshold({ promisedDays: 10, override: 2 })).toBe(2);
  });

  it('is none, then yellow with few workdays left, then red after the due date ends', () => {
    const at = (now: string) => warningLevel(cal, now, due, 4);
    expect(at('2026-02-27T10:00:00+08:00')).toEqual({ level: 'none', remainingWorkdays: 6, calendarIncomplete: false });
    expect(at('2026-03-01T09:00:00+08:00')).toMatchObject({ level: 'yellow', remainingWorkdays: 4 });
    expect(at('2026-03-05T23:59:59.999+08:00')).toMatchObject({ level: 'yellow', remainingWorkdays: 1 });
    expect(at('2026-03-05T16:00:00Z')).toMatchObject({ level: 'red', remainingWorkdays: 0 });
  });

  it('turns yellow at the start of the first day with remaining ≤ threshold', () => {
    expect(warningInstants(cal, due, 4)).toEqual({
      yellowAt: '2026-03-01T00:00:00.000+08:00', dueAt: '2026-03-05T23:59:59.999+08:00', calendarIncomplete: false,
    });
    // Due right after 春节 with threshold 1: yellow through the whole holiday.
    expect(warningInstants(cal, d('2026-02-24'), 1).yellowAt).toBe('2026-02-15T00:00:00.000+08:00');
  });

  it('gives the same level from stored instants as from the calendar, at any moment', () => {
    const first = dayNumberOf(d('2025-12-01'));
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 140 * 24 }), fc.integer({ min: 0, max: 12 }),
      (dueOffset, hours, threshold) => {
        const dueDate = localDateFromDayNumber(first + 10 + dueOffset);
        const now = Date.UTC(2025, 11, 1) + hours * 3_600_000 - 1;
        expect(levelAt(now, warningInstants(cal, dueDate, threshold))).toBe(warningLevel(cal, now, dueDate, threshold).level);
      },
    ), { numRuns: 3000 });
  });
});
