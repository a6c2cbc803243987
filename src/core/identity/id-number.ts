// GB 11643-1999《公民身份号码》; check character per ISO 7064:1983 MOD 11-2.

/** Sex encoded by the 17th digit of an identity number (odd = male, even = female). */
export type Gender = 'male' | 'female';

/** Weight of position i (0-based) is 2^(17 − i) mod 11. */
const WEIGHTS: readonly number[] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_BIRTH_DATE = '1900-01-01';
/** Static upper bound when no `today` is given (the 8-digit date field has no century rule). */
const MAX_BIRTH_DATE = '2099-12-31';

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Province-level prefixes (GB/T 2260 first two digits, plus 71/81/82/83/91). */
const PROVINCE_CODES: ReadonlySet<string> = new Set(
  [
    ...range(11, 15), ...range(21, 23), ...range(31, 37), ...range(41, 46),
    ...range(50, 54), ...range(61, 65), 71, 81, 82, 83, 91,
  ].map(String),
);

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** `YYYY-MM-DD` if y/m/d is a real proleptic Gregorian date, else null. */
function toIsoDate(y: string, m: string, d: string): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days) return null;
  return `${y}-${m}-${d}`;
}

function checkedToday(today: string): string {
  const m = ISO_DATE.exec(today);
  const iso = m ? toIsoDate(m[1] ?? '', m[2] ?? '', m[3] ?? '') : null;
  if (iso === null) throw new RangeError(`today must be a real YYYY-MM-DD date, got "${today}"`);
  return iso;
}

/**
 * Canonical form of an identity number: upper-cases a trailing `x` check character.
 * Does not trim or strip separators; that is the input layer's job.
 */
export function normalizeIdNumber(s: string): string {
  return s.toUpperCase();
}

/**
 * MOD 11-2 check character (`0`–`9` or `X`) for the first 17 digits of an identity number.
 * @throws RangeError unless `first17` is exactly 17 ASCII digits.
 */
export function idNumberCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/** Birth date `YYYY-MM-DD` of a structurally valid number, ignoring the check char; null if not. */
function birthDateOf(id: string): string | null {
  const date = toIsoDate(id.slice(6, 10), id.slice(10, 12), id.slice(12, 14));
  return date !== null && date >= MIN_BIRTH_DATE && date <= MAX_BIRTH_DATE ? date : null;
}

/**
 * Whether `s` is a valid 18-character resident identity number: 17 digits + check char
 * (lower-case `x` accepted), a known province prefix, a real birth date from 1900-01-01
 * up to 2099-12-31 and, when `today` (`YYYY-MM-DD`) is given, not after `today`.
 * @throws RangeError if `today` is given but is not a real `YYYY-MM-DD` date.
 */
export function isValidIdNumber(s: string, today?: string): boolean {
  const upper = today === undefined ? undefined : checkedToday(today);
  const id = normalizeIdNumber(s);
  if (!SHAPE.test(id) || !PROVINCE_CODES.has(id.slice(0, 2))) return false;
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return false;
  const birth = birthDateOf(id);
  return birth !== null && (upper === undefined || birth <= upper);
}

/** Birth date (`YYYY-MM-DD`) encoded in a valid identity number, or null if `s` is not valid. */
export function birthDateOfIdNumber(s: string): string | null {
  return isValidIdNumber(s) ? birthDateOf(normalizeIdNumber(s)) : null;
}

/** Sex encoded by the 17th digit (odd = male) of a valid identity number, or null if not valid. */
export function genderOfIdNumber(s: string): Gender | null {
  if (!isValidIdNumber(s)) return null;
  return Number(s[16]) % 2 === 1 ? 'male' : 'female';
}
