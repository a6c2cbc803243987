import { describe, expect, it } from 'vitest';
import {
  addWorkdays,
  buildCalendar,
  calendarWithOverrides,
  dayKind,
  describeDay,
  isWorkday,
  officialCalendar,
  officialCalendarSpec,
  parseLocalDate,
} from './index.js';

const d = parseLocalDate;

describe('day kinds', () => {
  const cal = officialCalendar();

  it('tells workdays, weekends, holidays and adjusted workdays apart', () => {
    expect(dayKind(cal, d('2026-02-13'))).toBe('workday');
    expect(dayKind(cal, d('2026-02-14'))).toBe('adjusted_workday');
    expect(dayKind(cal, d('2026-02-15'))).toBe('holiday'); // a Sunday inside 春节 is reported as holiday
    expect(dayKind(cal, d('2026-03-07'))).toBe('weekend');
    expect(isWorkday(cal, d('2026-02-14'))).toBe(true);
    expect(isWorkday(cal, d('2026-02-16'))).toBe(false);
  });

  it('describes a day for the API, with the holiday name', () => {
    expect(describeDay(cal, d('2025-10-06'))).toEqual({
      date: '2025-10-06', kind: 'holiday', workday: false, name: '国庆节、中秋节', calendarIncomplete: false,
    });
    expect(describeDay(cal, d('2027-01-01'))).toEqual({
      date: '2027-01-01', kind: 'workday', workday: true, calendarIncomplete: true,
    });
  });

  it('answers outside the indexed range by the weekend rule', () => {
    expect(dayKind(cal, d('1999-12-31'))).toBe('workday');
    expect(dayKind(cal, d('2101-01-01'))).toBe('weekend');
  });
});

describe('admin overrides', () => {
  it('add a year the notices do not cover yet', () => {
    const cal = calendarWithOverrides({
      marks: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-01-02', kind: 'holiday', name: '元旦' },
        { date: '2027-01-03', kind: 'holiday', name: '元旦' },
      ],
      coveredYears: [2027],
    });
    expect(addWorkdays(cal, d('2026-12-31'), 1)).toEqual({ date: '2027-01-04', calendarIncomplete: false });
    expect(cal.coveredYears).toEqual([2024, 2025, 2026, 2027]);
  });

  it('win over the notices, normalized by weekday', () => {
    const cal = calendarWithOverrides({
      marks: [
        { date: '2026-02-14', kind: 'weekend' }, // the worked Saturday becomes a plain Saturday
        { date: '2026-02-23', kind: 'workday' }, // a day of 春节 is worked after all
        { date: '2026-03-02', kind: 'weekend' }, // a Monday off is a holiday
        { date: '2026-03-07', kind: 'workday' }, // a Saturday worked is an adjusted workday
      ],
      coveredYears: [],
    });
    expect(dayKind(cal, d('2026-02-14'))).toBe('weekend');
    expect(dayKind(cal, d('2026-02-23'))).toBe('workday');
    expect(dayKind(cal, d('2026-03-02'))).toBe('holiday');
    expect(dayKind(cal, d('2026-03-07'))).toBe('adjusted_workday');
    expect(addWorkdays(cal, d('2026-02-13'), 1).date).toBe('2026-02-23');
    expect(describeDay(cal, d('2026-02-23')).name).toBeUndefined();
  });

  it('name every bad mark at once', () => {
    const bad = () => buildCalendar({
      marks: [{ date: '2026-02-30', kind: 'holiday' }, { date: '2026-03-01', kind: 'festival' as 'holiday' }],
      coveredYears: [2026.5],
    });
    expect(bad).toThrow('request.invalid');
    try {
      bad();
    } catch (error) {
      expect((error as { fields: Array<{ field: string }> }).fields.map((f) => f.field)).toEqual([
        'marks[0].date', 'marks[1].kind', 'coveredYears[0]',
      ]);
    }
  });

  it('rebuild the official calendar from its spec', () => {
    const rebuilt = buildCalendar(officialCalendarSpec());
    expect(rebuilt.index.kinds).toEqual(officialCalendar().index.kinds);
  });
});
