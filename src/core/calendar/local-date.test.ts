import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError } from '../errors.js';
import {
  addDays,
  dayNumberOf,
  isLocalDate,
  localDateFromDayNumber,
  parseLocalDate,
  tryDayNumber,
  weekdayOf,
  type LocalDate,
} from './local-date.js';

const DAY_MS = 86_400_000;

describe('LocalDate', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    for (const good of ['2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01', '9999-12-31']) {
      expect(isLocalDate(good)).toBe(true);
    }
    for (const bad of ['2025-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-4-01',
      '2026/04/01', '2026-04-01T00:00', ' 2026-04-01', '0000-01-01', 'abcd-ef-gh', '', '2026-04-0a']) {
      expect(isLocalDate(bad)).toBe(false);
    }
    expect(isLocalDate(20260401)).toBe(false);
  });

  it('rejects a bad date with calendar.invalid_date', () => {
    expect(() => parseLocalDate('2025-02-29')).toThrow(DomainError);
    expect(() => parseLocalDate('2025-02-29')).toThrow('calendar.invalid_date');
  });

  it('day numbers agree with Date.UTC over 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2200, 11, 31) / DAY_MS }), (n) => {
        const iso = new Date(n * DAY_MS).toISOString().slice(0, 10);
        expect(localDateFromDayNumber(n)).toBe(iso);
        expect(tryDayNumber(iso)).toBe(n);
        expect(weekdayOf(iso as LocalDate)).toBe(new Date(n * DAY_MS).getUTCDay() || 7);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows weekdays printed in the notices', () => {
    expect(weekdayOf(parseLocalDate('2026-02-14'))).toBe(6); // 2月14日（周六）
    expect(weekdayOf(parseLocalDate('2025-01-26'))).toBe(7); // 1月26日（周日）
    expect(weekdayOf(parseLocalDate('1970-01-01'))).toBe(4);
  });

  it('adds calendar days across months, leap days and years', () => {
    expect(addDays(parseLocalDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(parseLocalDate('2025-02-28'), 1)).toBe('2025-03-01');
    expect(addDays(parseLocalDate('2026-12-31'), 1)).toBe('2027-01-01');
    expect(addDays(parseLocalDate('2026-01-01'), -1)).toBe('2025-12-31');
    expect(dayNumberOf(parseLocalDate('2026-01-01'))).toBe(Date.UTC(2026, 0, 1) / DAY_MS);
  });
});
