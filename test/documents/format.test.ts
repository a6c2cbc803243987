import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chineseNumeral, formatDate, formatDocumentNo, formatInstant, startOfDay } from '../../src/documents/format.js';

describe('Chinese dates, in Asia/Shanghai whatever the server zone', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    // West of UTC is where date libraries go wrong (DOMAIN.md §5).
    process.env.TZ = 'America/Los_Angeles';
  });
  afterEach(() => {
    process.env.TZ = saved;
  });

  it('prints a legal date without leading zeros (GB/T 9704)', () => {
    expect(formatDate('2026-03-02')).toBe('2026年3月2日');
    expect(formatDate('2026-12-31')).toBe('2026年12月31日');
  });

  it('prints an instant on the Shanghai wall clock, crossing midnight correctly', () => {
    expect(formatInstant('2026-03-02T01:30:00Z')).toBe('2026年3月2日 09:30');
    expect(formatInstant('2026-03-01T16:30:00Z')).toBe('2026年3月2日 00:30');
    expect(formatInstant('2026-03-01T20:30:00-08:00')).toBe('2026年3月2日 12:30');
  });

  it('dates a document at the start of its Shanghai day', () => {
    expect(startOfDay('2026-03-02').toISOString()).toBe('2026-03-01T16:00:00.000Z');
  });

  it('rejects impossible dates and non-ISO instants', () => {
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
    expect(() => formatDate('2026-3-2')).toThrow(RangeError);
    expect(() => formatInstant('next Monday')).toThrow(RangeError);
    expect(() => formatInstant('2026-03-02 09:30')).toThrow(RangeError);
  });
});

describe('document numbers and numerals', () => {
  it('prints a document number with 〔〕 and a six-digit serial', () => {
    expect(formatDocumentNo({ prefix: '朝审受', year: 2026, serial: 123 })).toBe('朝审受〔2026〕第 000123 号');
    expect(formatDocumentNo({ year: 2026, serial: 1234567 })).toBe('〔2026〕第 1234567 号');
  });

  it('numbers reasons in Chinese', () => {
    expect([1, 2, 10, 11, 20, 35, 99].map(chineseNumeral)).toEqual(['一', '二', '十', '十一', '二十', '三十五', '九十九']);
    expect(() => chineseNumeral(0)).toThrow(RangeError);
  });
});
