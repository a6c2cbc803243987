import { describe, expect, it } from 'vitest';
import { officialCalendar, parseLocalDate, type LocalDate } from '../calendar/index.js';
import {
  addCounts, bucketCount, bucketsOf, figuresOf, formatFigure, localDateFromUtcParts, NO_COUNTS, periodOf, spanRange, workdaysToConclude,
} from './index.js';

const d = (text: string) => parseLocalDate(text);

describe('periods in Asia/Shanghai', () => {
  it('finds the day, the ISO week (Monday to Sunday) and the month of a date', () => {
    expect(periodOf('day', d('2026-03-05'))).toEqual({ from: '2026-03-05', to: '2026-03-05' });
    expect(periodOf('week', d('2026-03-08'))).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(periodOf('week', d('2026-03-02'))).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(periodOf('month', d('2024-02-10'))).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodOf('month', d('2026-12-31'))).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('turns a span of dates into UTC instants from 16:00 UTC the day before', () => {
    expect(spanRange({ from: d('2026-03-01'), to: d('2026-03-31') })).toEqual({ from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' });
  });

  it('reads the local date back from the UTC date and the late mark', () => {
    expect(localDateFromUtcParts(d('2026-03-04'), true)).toBe('2026-03-05');
    expect(localDateFromUtcParts(d('2026-12-31'), true)).toBe('2027-01-01');
    expect(localDateFromUtcParts(d('2026-03-04'), false)).toBe('2026-03-04');
  });

  it('cuts a span into buckets clipped at both ends, and counts them before building them', () => {
    const span = { from: d('2026-03-01'), to: d('2026-03-31') };
    const weeks = bucketsOf(span, 'week');
    expect(weeks.map((b) => b.key)).toEqual(['2026-02-23', '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30']);
    expect(weeks.at(-1)).toMatchObject({ from: '2026-03-30', to: '2026-03-31' });
    expect(bucketsOf({ from: d('2025-11-15'), to: d('2026-02-01') }, 'month').map((b) => [b.key, b.from, b.to])).toEqual([
      ['2025-11', '2025-11-15', '2025-11-30'], ['2025-12', '2025-12-01', '2025-12-31'], ['2026-01', '2026-01-01', '2026-01-31'], ['2026-02', '2026-02-01', '2026-02-01'],
    ]);
    for (const granularity of ['day', 'week', 'month'] as const) {
      for (const [from, to] of [['2026-03-01', '2026-03-31'], ['2025-12-29', '2026-01-04'], ['2024-02-29', '2026-10-07']]) {
        const s = { from: d(from!), to: d(to!) };
        expect(bucketCount(s, granularity)).toBe(bucketsOf(s, granularity).length);
      }
    }
  });
});

describe('figures (DOMAIN.md §9)', () => {
  it('makes every rate from its counts, and null where there is nothing to divide by', () => {
    const f = figuresOf({ ...NO_COUNTS, received: 5, instant: 1, online: 4, zeroVisit: 3, accepted: 4, concluded: 4, onTime: 3, overdue: 1, workdays: 16, urged: 1,
      levels: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 }, rectified: 1 });
    expect(f).toMatchObject({
      onTimeRate: 0.75, delayRate: 0.25, averageWorkdays: 4, instantShare: 0.2, onlineShare: 0.8, zeroVisitShare: 0.6, urgeRate: 0.25,
      ratings: 3, badRatings: 1, rectificationRate: 1,
    });
    expect(f.satisfaction).toBeCloseTo(2 / 3);
    expect(figuresOf(NO_COUNTS)).toMatchObject({ onTimeRate: null, averageWorkdays: null, onlineShare: null, satisfaction: null, rectificationRate: null });
  });

  it('adds counts, never rates: a week of two days is its summed counts', () => {
    const monday = { ...NO_COUNTS, concluded: 1, onTime: 1, levels: { ...NO_COUNTS.levels, 5: 1 } };
    const tuesday = { ...NO_COUNTS, concluded: 3, onTime: 1, overdue: 2, levels: { ...NO_COUNTS.levels, 1: 1 } };
    expect(figuresOf(addCounts([monday, tuesday]))).toMatchObject({ concluded: 4, onTimeRate: 0.5, ratings: 2, satisfaction: 0.5 });
  });

  it('counts working days from acceptance to conclusion without the day of acceptance and without suspended days', () => {
    const calendar = officialCalendar();
    const pair = (acceptedOn: string | null, concludedOn: string, cases = 1, suspended = 0) =>
      workdaysToConclude(calendar, { acceptedOn: acceptedOn as LocalDate | null, concludedOn: d(concludedOn), cases, suspended });
    expect(pair('2026-03-02', '2026-03-02')).toBe(0);
    expect(pair('2026-03-02', '2026-03-04')).toBe(2);
    expect(pair('2026-03-03', '2026-03-10', 1, 2)).toBe(3);
    // Two cases of the same pair, one suspended 3 workdays: 2 × 5 − 3.
    expect(pair('2026-03-06', '2026-03-13', 2, 3)).toBe(7);
    // 2025-10-01 … 10-08 is the National Day holiday; Saturday 10-11 is an adjusted workday: 10-09, 10-10, 10-11.
    expect(pair('2025-09-30', '2025-10-11')).toBe(3);
    expect(pair(null, '2026-03-04')).toBe(0);
  });

  it('formats rates as percentages and days with one decimal', () => {
    expect(formatFigure(2 / 3, 'rate')).toBe('66.7%');
    expect(formatFigure(16 / 3, 'days')).toBe('5.3');
    expect(formatFigure(null, 'rate')).toBe('—');
    expect(formatFigure(7, 'count')).toBe('7');
  });
});
