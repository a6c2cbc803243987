import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  countWorkdays,
  dayNumberOf,
  localDateFromDayNumber,
  officialCalendar,
  parseLocalDate,
  type LocalDate,
} from '../calendar/index.js';
import { decisionClock } from './decision-clock.js';
import { suspendedWorkdays, type Suspension } from './suspension.js';

const cal = officialCalendar();
const d = parseLocalDate;

describe('decision clock, worked examples', () => {
  it('counts promised and statutory days from acceptance across 2026 春节', () => {
    // 02-14 worked (1), 02-24..02-28 (2–6), 03-02..03-05 (7–10); statutory on to 03-19 (20)
    expect(decisionClock(cal, { acceptedOn: d('2026-02-13'), promisedDays: 10, statutoryDays: 20, today: d('2026-02-13') })).toEqual({
      dueAt: '2026-03-05T23:59:59.999+08:00',
      dueDate: '2026-03-05',
      statutoryDueAt: '2026-03-19T23:59:59.999+08:00',
      statutoryDueDate: '2026-03-19',
      suspendedWorkdays: 0,
      calendarIncomplete: false,
    });
  });

  it('moves both due dates by the suspended workdays and the extension (ALL Art. 42, 45)', () => {
    const suspensions = [{ from: d('2026-02-25'), to: d('2026-02-27') }]; // 02-25 and 02-26 suspended
    const clock = decisionClock(cal, {
      acceptedOn: d('2026-02-13'), promisedDays: 10, statutoryDays: 20, suspensions, today: d('2026-03-01'),
    });
    expect([clock.suspendedWorkdays, clock.dueDate, clock.statutoryDueDate]).toEqual([2, '2026-03-09', '2026-03-23']);
    const extended = decisionClock(cal, {
      acceptedOn: d('2026-02-13'), promisedDays: 10, statutoryDays: 20, extensionDays: 10, suspensions, today: d('2026-03-01'),
    });
    // 22 workdays → 03-23; 32 workdays: … 04-03 (31), 清明 04-04..04-06 off, 04-07 (32)
    expect([extended.dueDate, extended.statutoryDueDate]).toEqual(['2026-03-23', '2026-04-07']);
  });

  it('counts across 2025 国庆节、中秋节', () => {
    const clock = decisionClock(cal, { acceptedOn: d('2025-09-26'), promisedDays: 5, statutoryDays: 20, today: d('2025-09-26') });
    expect([clock.dueDate, clock.statutoryDueDate]).toEqual(['2025-10-10', '2025-10-30']);
  });

  it('counts an open suspension through today', () => {
    const clock = decisionClock(cal, {
      acceptedOn: d('2026-03-02'), promisedDays: 10, statutoryDays: 20, suspensions: [{ from: d('2026-03-04') }], today: d('2026-03-06'),
    });
    expect([clock.suspendedWorkdays, clock.dueDate]).toEqual([3, '2026-03-19']);
  });

  it('costs nothing to pause and resume on the same day, or to pause on the acceptance day itself', () => {
    expect(suspendedWorkdays(cal, d('2026-03-02'), [{ from: d('2026-03-04'), to: d('2026-03-04') }], d('2026-03-10')).workdays).toBe(0);
    expect(suspendedWorkdays(cal, d('2026-03-02'), [{ from: d('2026-03-02'), to: d('2026-03-03') }], d('2026-03-10')).workdays).toBe(0);
  });

  it('rejects a resumption before its pause and negative day counts, naming each field', () => {
    expect(() => suspendedWorkdays(cal, d('2026-03-02'), [{ from: d('2026-03-05'), to: d('2026-03-04') }], d('2026-03-10')))
      .toThrow('request.invalid');
    expect(() => decisionClock(cal, { acceptedOn: d('2026-03-02'), promisedDays: -1, statutoryDays: 20, today: d('2026-03-02') }))
      .toThrow('request.invalid');
  });
});

const base = dayNumberOf(d('2025-12-01'));
const day = fc.integer({ min: 0, max: 150 }).map((n) => localDateFromDayNumber(base + n));
const span = fc.tuple(day, day).map(([a, b]): Suspension => (a <= b ? { from: a, to: b } : { from: b, to: a }));
const clockInput = fc.record({
  acceptedOn: day,
  promisedDays: fc.integer({ min: 0, max: 30 }),
  statutoryDays: fc.integer({ min: 0, max: 30 }),
  extensionDays: fc.integer({ min: 0, max: 15 }),
  today: day,
});

describe('suspension properties', () => {
  it('a suspension that covers no workday changes nothing', () => {
    const idle = fc.tuple(day, fc.integer({ min: 0, max: 10 })).map(([from, len]) => ({ from, to: addDays(from, len) }))
      .filter((s) => countWorkdays(cal, s.from, addDays(s.to, -1)).workdays === 0);
    fc.assert(fc.property(clockInput, fc.array(span, { maxLength: 3 }), idle, (input, others, s) => {
      expect(decisionClock(cal, { ...input, suspensions: [...others, s] })).toEqual(decisionClock(cal, { ...input, suspensions: others }));
    }), { numRuns: 500 });
  });

  it('splitting a suspension in two changes nothing', () => {
    fc.assert(fc.property(clockInput, span, fc.integer({ min: 0, max: 150 }), (input, s, k) => {
      const to = s.to as LocalDate;
      const cut = localDateFromDayNumber(dayNumberOf(s.from) + (k % (dayNumberOf(to) - dayNumberOf(s.from) + 1)));
      const whole = decisionClock(cal, { ...input, suspensions: [s] });
      const split = decisionClock(cal, { ...input, suspensions: [{ from: cut, to }, { from: s.from, to: cut }] });
      expect(split).toEqual(whole);
    }), { numRuns: 500 });
  });

  it('never counts a workday twice, and counts only workdays after acceptance', () => {
    fc.assert(fc.property(day, fc.array(span, { maxLength: 4 }), day, (acceptedOn, spans, today) => {
      const covered = new Set<LocalDate>();
      for (const s of spans) for (let x = s.from; x < (s.to as LocalDate); x = addDays(x, 1)) if (x > acceptedOn) covered.add(x);
      const expected = [...covered].filter((x) => countWorkdays(cal, x, x).workdays === 1).length;
      expect(suspendedWorkdays(cal, acceptedOn, spans, today).workdays).toBe(expected);
    }), { numRuns: 500 });
  });
});
