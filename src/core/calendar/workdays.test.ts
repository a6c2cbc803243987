import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { OFFICIAL_NOTICES } from './data/official.js';
import {
  addWorkdays,
  countWorkdays,
  officialCalendar,
  parseLocalDate,
  remainingWorkdays,
  subtractWorkdays,
  workdaysBetween,
} from './index.js';
import { referenceCalendar, refShift } from './testing/slow-reference.js';

const cal = officialCalendar();
const ref = referenceCalendar();
const d = parseLocalDate;
const add = (date: string, n: number) => addWorkdays(cal, d(date), n);

describe('addWorkdays, hand-checked against the notices', () => {
  it.each([
    // 2026 春节: off 02-15..02-23, worked Sat 02-14 and Sat 02-28.
    ['2026-02-13', 0, '2026-02-13'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-13', 2, '2026-02-24'],
    ['2026-02-14', 0, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
    ['2026-02-15', 0, '2026-02-24'],
    ['2026-02-15', 1, '2026-02-24'], // same day as N = 0: the holiday itself is never counted
    ['2026-02-15', 2, '2026-02-25'],
    ['2026-02-13', 5, '2026-02-27'],
    ['2026-02-13', 6, '2026-02-28'],
    ['2026-02-13', 7, '2026-03-02'],
    ['2026-02-12', 20, '2026-03-18'],
    // 2025 国庆节、中秋节: off 10-01..10-08, worked Sun 09-28 and Sat 10-11.
    ['2025-09-26', 1, '2025-09-28'],
    ['2025-09-26', 3, '2025-09-30'],
    ['2025-09-30', 1, '2025-10-09'],
    ['2025-09-30', 3, '2025-10-11'],
    ['2025-09-30', 20, '2025-11-04'],
    ['2025-10-01', 0, '2025-10-09'],
    // 2025 春节: off 01-28..02-04, worked Sun 01-26 and Sat 02-08.
    ['2025-01-24', 1, '2025-01-26'],
    ['2025-01-26', 2, '2025-02-05'],
    ['2025-01-27', 5, '2025-02-10'],
    // 2024 春节: 除夕 02-09 (Fri) is a workday; off 02-10..02-17, worked Sun 02-04 and Sun 02-18.
    ['2024-02-08', 1, '2024-02-09'],
    ['2024-02-09', 1, '2024-02-18'],
    ['2024-02-09', 2, '2024-02-19'],
    ['2024-02-02', 1, '2024-02-04'],
    // 2026 中秋节 + 国庆节: off 09-25..09-27 and 10-01..10-07, worked Sun 09-20 and Sat 10-10.
    ['2026-09-18', 1, '2026-09-20'],
    ['2026-09-24', 1, '2026-09-28'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-30', 3, '2026-10-10'],
    // 2026 元旦: off 01-01..01-03, worked Sun 01-04.
    ['2025-12-31', 1, '2026-01-04'],
    ['2025-12-31', 2, '2026-01-05'],
  ] as const)('%s + %i workdays = %s', (from, n, expected) => {
    expect(add(from, n)).toEqual({ date: expected, calendarIncomplete: false });
  });

  it('flags results that lean on a year the calendar does not cover', () => {
    expect(add('2023-12-29', 1)).toEqual({ date: '2024-01-02', calendarIncomplete: true });
    expect(add('2026-12-31', 1)).toEqual({ date: '2027-01-01', calendarIncomplete: true });
    expect(add('2024-01-02', 5)).toEqual({ date: '2024-01-09', calendarIncomplete: false });
  });

  it('rejects negative or fractional days and dates outside 2000–2100', () => {
    expect(() => add('2026-02-13', -1)).toThrow(DomainError);
    expect(() => add('2026-02-13', 1.5)).toThrow('request.invalid');
    expect(() => add('1999-12-31', 1)).toThrow('calendar.out_of_range');
    expect(() => add('2100-12-31', 1)).toThrow('calendar.out_of_range');
  });
});

describe('counting workdays, hand-checked', () => {
  it('counts today and the due date as remaining when they are workdays', () => {
    expect(remainingWorkdays(cal, d('2026-02-27'), d('2026-02-27')).workdays).toBe(1);
    expect(remainingWorkdays(cal, d('2026-02-14'), d('2026-02-27')).workdays).toBe(5);
    expect(remainingWorkdays(cal, d('2026-02-15'), d('2026-02-24')).workdays).toBe(1);
    expect(remainingWorkdays(cal, d('2026-02-28'), d('2026-02-27')).workdays).toBe(0);
  });

  it('counts a period between two dates without its first day', () => {
    expect(workdaysBetween(cal, d('2026-02-13'), d('2026-02-27')).workdays).toBe(5);
    expect(workdaysBetween(cal, d('2026-02-27'), d('2026-02-13')).workdays).toBe(-5);
    expect(workdaysBetween(cal, d('2025-10-01'), d('2025-10-08')).workdays).toBe(0);
    expect(countWorkdays(cal, d('2025-09-28'), d('2025-10-11')).workdays).toBe(6); // 09-28 29 30, 10-09 10 11
  });

  it('steps back over holidays', () => {
    expect(subtractWorkdays(cal, d('2026-02-24'), 1).date).toBe('2026-02-14');
    expect(subtractWorkdays(cal, d('2026-02-24'), 2).date).toBe('2026-02-13');
    expect(() => subtractWorkdays(cal, d('2026-02-24'), 0)).toThrow('request.invalid');
  });
});

// Every holiday and adjusted workday of 2024–2026: the day before, each day of it, and the day after.
const starts = new Set<string>();
for (const notice of OFFICIAL_NOTICES) {
  for (const h of notice.holidays) {
    for (let day = refShift(h.from, -1); day <= refShift(h.to, 1); day = refShift(day, 1)) starts.add(day);
    for (const w of h.workdays) [-1, 0, 1].forEach((k) => starts.add(refShift(w, k)));
  }
}
const NS = [0, 1, 5, 10, 20, 60];

describe('around every 2024–2026 holiday, against a day-walking reference', () => {
  it.each([...starts].sort())('from %s', (start) => {
    for (const n of NS) {
      const expected = ref.addWorkdays(start, n);
      const result = add(start, n);
      expect(result.date, `${start} + ${n}`).toBe(expected);
      expect(result.calendarIncomplete).toBe(!ref.isCovered(start) || !ref.isCovered(expected));
      expect(workdaysBetween(cal, d(start), result.date).workdays).toBe(n === 0 && !ref.isWorkday(start) ? 1 : n);
      expect(remainingWorkdays(cal, d(start), result.date).workdays).toBe(ref.countInclusive(start, expected));
    }
  });

  it('covers enough cases', () => {
    expect(starts.size).toBeGreaterThan(150);
  });
});
