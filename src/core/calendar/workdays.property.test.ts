import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addWorkdays,
  calendarWithOverrides,
  dayNumberOf,
  isWorkday,
  localDateFromDayNumber,
  officialCalendar,
  parseLocalDate,
  remainingWorkdays,
  workdaysBetween,
  type LocalDate,
} from './index.js';
import { referenceCalendar } from './testing/slow-reference.js';

const cal = officialCalendar();
const dayIn = (from: string, to: string) =>
  fc.integer({ min: dayNumberOf(parseLocalDate(from)), max: dayNumberOf(parseLocalDate(to)) }).map(localDateFromDayNumber);
const date = dayIn('2022-06-01', '2028-06-30');
const days = fc.integer({ min: 0, max: 250 });
const RUNS = { numRuns: 3000 };

describe('workday arithmetic properties', () => {
  it('adding N then counting gives back N (N ≥ 1, or N = 0 from a workday)', () => {
    fc.assert(fc.property(date, days, (d, n) => {
      const end = addWorkdays(cal, d, n).date;
      const expected = n === 0 && !isWorkday(cal, d) ? 1 : n;
      expect(workdaysBetween(cal, d, end).workdays).toBe(expected);
    }), RUNS);
  });

  it('always ends on a workday, strictly after the start when N ≥ 1', () => {
    fc.assert(fc.property(date, days, (d, n) => {
      const end = addWorkdays(cal, d, n).date;
      expect(isWorkday(cal, end)).toBe(true);
      if (n >= 1) expect(end > d).toBe(true);
      else expect(end >= d).toBe(true);
    }), RUNS);
  });

  it('is monotone in N and in the start date', () => {
    fc.assert(fc.property(date, date, days, days, (a, b, n, m) => {
      const [d1, d2] = a <= b ? [a, b] : [b, a];
      const [n1, n2] = n <= m ? [n, m] : [m, n];
      expect(addWorkdays(cal, d1, n1).date <= addWorkdays(cal, d1, n2).date).toBe(true);
      expect(addWorkdays(cal, d1, n1).date <= addWorkdays(cal, d2, n1).date).toBe(true);
      if (n1 >= 1 && n1 < n2) expect(addWorkdays(cal, d1, n1).date < addWorkdays(cal, d1, n2).date).toBe(true);
    }), RUNS);
  });

  it('counts remaining workdays as the due date minus today, plus today if it is a workday', () => {
    fc.assert(fc.property(date, date, (today, due) => {
      const remaining = remainingWorkdays(cal, today, due).workdays;
      const between = workdaysBetween(cal, today, due).workdays + (isWorkday(cal, today) ? 1 : 0);
      expect(remaining).toBe(today <= due ? between : 0);
    }), RUNS);
  });

  it('flags calendarIncomplete exactly when the span leaves 2024–2026', () => {
    fc.assert(fc.property(dayIn('2000-01-01', '2099-12-31'), days, (d, n) => {
      const { date: end, calendarIncomplete } = addWorkdays(cal, d, n);
      const inside = (x: LocalDate) => x >= '2024-01-01' && x <= '2026-12-31';
      expect(calendarIncomplete).toBe(!(inside(d) && inside(end)));
    }), RUNS);
  });

  it('agrees with the day-walking reference on calendars with random overrides', () => {
    const mark = fc.record({
      date: dayIn('2025-12-01', '2026-03-31'),
      kind: fc.constantFrom('workday', 'weekend', 'holiday', 'adjusted_workday' as const),
    });
    fc.assert(fc.property(fc.array(mark, { maxLength: 30 }), dayIn('2025-12-01', '2026-03-31'), fc.integer({ min: 0, max: 60 }), (marks, d, n) => {
      const custom = calendarWithOverrides({ marks, coveredYears: [] });
      const ref = referenceCalendar(marks.map((m) => ({ date: m.date, working: m.kind === 'workday' || m.kind === 'adjusted_workday' })));
      expect(addWorkdays(custom, d, n).date).toBe(ref.addWorkdays(d, n));
    }), { numRuns: 300 });
  });
});
