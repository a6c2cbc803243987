/**
 * Chinese renderings of dates, instants and document numbers. Everything is printed in Asia/Shanghai,
 * whatever the server's own zone (DOMAIN.md §5), so the offset is applied by hand instead of relying on
 * the process time zone.
 */
import type { DocumentNo, Instant, LegalDate } from './types.js';

// China has kept UTC+8 all year since 1991, so a fixed offset is exact for every date we print.
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a legal date into numbers, rejecting impossible dates such as 2026-02-30. */
export function parseLegalDate(date: LegalDate): { year: number; month: number; day: number } {
  const match = DATE.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!match || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  }
  return { year, month, day };
}

// GB/T 9704-2012 7.3.5: the year in full, month and day without leading zeros.
/** `2026-03-02` → `2026年3月2日`. */
export function formatDate(date: LegalDate): string {
  const { year, month, day } = parseLegalDate(date);
  return `${year}年${month}月${day}日`;
}

/** The Asia/Shanghai wall clock of an instant: `2026-03-02T01:30:00Z` → `2026年3月2日 09:30`. */
export function formatInstant(instant: Instant): string {
  const { date, time } = shanghaiParts(instant);
  return `${formatDate(date)} ${time}`;
}

/** The Asia/Shanghai calendar date of an instant, as `2026年3月2日`. */
export function formatInstantDate(instant: Instant): string {
  return formatDate(shanghaiParts(instant).date);
}

function shanghaiParts(instant: Instant): { date: LegalDate; time: string } {
  const ms = Date.parse(instant);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(instant) || Number.isNaN(ms)) {
    throw new RangeError(`Not an ISO-8601 instant: ${JSON.stringify(instant)}`);
  }
  const local = new Date(ms + SHANGHAI_OFFSET_MS).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/** The start of a legal date in Asia/Shanghai, used as the PDF's creation date for reproducible output. */
export function startOfDay(date: LegalDate): Date {
  const { year, month, day } = parseLegalDate(date);
  return new Date(Date.UTC(year, month - 1, day) - SHANGHAI_OFFSET_MS);
}

/** `{ prefix: '朝审受', year: 2026, serial: 123 }` → `朝审受〔2026〕第 000123 号` (GB/T 9704 uses 〔〕). */
export function formatDocumentNo(no: DocumentNo): string {
  if (!Number.isInteger(no.serial) || no.serial < 0) throw new RangeError(`Bad document serial: ${no.serial}`);
  return `${no.prefix ?? ''}〔${no.year}〕第 ${String(no.serial).padStart(6, '0')} 号`;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十, 35 → 三十五: the numbering of reasons in a decision (1–99). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`Cannot number ${n} in Chinese`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? '' : `${tens === 1 ? '' : DIGITS[tens]}十`;
  return `${tensText}${ones === 0 ? '' : DIGITS[ones]}`;
}
