import { afterEach, describe, expect, it } from 'vitest';
import { parseLocalDate } from '../calendar/index.js';
import { endOfDay, formatInstant, isAfter, localDateOf, startOfDay, toEpochMs } from './instant.js';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

function sample() {
  return [
    localDateOf('2026-02-27T15:59:59.999Z'),
    localDateOf('2026-02-27T16:00:00Z'),
    localDateOf(Date.UTC(2025, 11, 31, 16)),
    formatInstant(Date.UTC(2026, 1, 27, 2, 30)),
    toEpochMs(endOfDay(parseLocalDate('2026-02-27'))),
  ];
}

describe('instants in Asia/Shanghai', () => {
  it('ends a day at its last millisecond, +08:00', () => {
    expect(endOfDay(parseLocalDate('2026-02-27'))).toBe('2026-02-27T23:59:59.999+08:00');
    expect(startOfDay(parseLocalDate('2026-02-28'))).toBe('2026-02-28T00:00:00.000+08:00');
    expect(toEpochMs(endOfDay(parseLocalDate('2026-02-27'))) + 1).toBe(toEpochMs('2026-02-27T16:00:00Z'));
  });

  it('takes the Shanghai date of an instant, whatever offset it is written in', () => {
    expect(localDateOf('2026-02-27T15:59:59.999Z')).toBe('2026-02-27');
    expect(localDateOf('2026-02-27T16:00:00Z')).toBe('2026-02-28');
    expect(localDateOf('2026-02-27T08:00:00-08:00')).toBe('2026-02-28');
    expect(localDateOf('2026-02-28T00:00:00+08:00')).toBe('2026-02-28');
    expect(localDateOf(Date.UTC(2025, 11, 31, 16))).toBe('2026-01-01');
  });

  it('writes instants in Shanghai time', () => {
    expect(formatInstant(Date.UTC(2026, 1, 27, 2, 30))).toBe('2026-02-27T10:30:00.000+08:00');
    expect(formatInstant('2026-02-27T16:00:00Z')).toBe('2026-02-28T00:00:00.000+08:00');
  });

  it('refuses instant text without an offset, which would depend on the server time zone', () => {
    for (const bad of ['2026-02-27T10:00:00', '2026-02-27', 'yesterday', '2026-02-27T10:00:00+0800']) {
      expect(() => toEpochMs(bad), bad).toThrow('request.invalid');
    }
    expect(() => toEpochMs(Number.NaN)).toThrow('request.invalid');
  });

  it('compares moments, not texts', () => {
    expect(isAfter('2026-02-28T00:00:00+08:00', '2026-02-27T23:59:59.999+08:00')).toBe(true);
    expect(isAfter('2026-02-27T16:00:00Z', '2026-02-28T00:00:00+08:00')).toBe(false);
  });

  it('gives the same answers in any process time zone', () => {
    process.env.TZ = 'Asia/Shanghai';
    const shanghai = sample();
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = tz;
      expect(sample(), tz).toEqual(shanghai);
    }
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(480); // the zone really changed
  });
});
