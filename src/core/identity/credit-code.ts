// GB 32100-2015《法人和其他组织统一社会信用代码编码规则》; check char per GB/T 17710 (MOD 31).

/** The 31 code characters in value order (0–30): digits and upper-case letters except I, O, Z, S, V. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weight of position i (0-based) is 3^i mod 31. */
const WEIGHTS: readonly number[] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/**
 * Registration-authority codes (position 1) listed by GB 32100-2015 and its amendments:
 * 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商(市场监管),
 * A 中央军委改革和编制办公室, N 农业, Y 其他.
 */
const AUTHORITY_CODES = '123456789ANY';
/** Authority + org type, 6-digit region code (GB/T 2260), 9-char subject code, check char. */
const SHAPE = /^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/;

/** Canonical form of a credit code: upper-case (does not trim or strip separators). */
export function normalizeCreditCode(s: string): string {
  return s.toUpperCase();
}

/**
 * Check character for the first 17 characters of a credit code: 31 − (Σ value×weight mod 31),
 * with 31 written as `0`.
 * @throws RangeError unless `first17` is 17 characters of {@link CREDIT_CODE_CHARSET}.
 */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('expected exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i] ?? '');
    if (value < 0) throw new RangeError(`"${first17[i]}" is not a credit code character`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31] ?? '';
}

/**
 * Whether `s` is a valid 18-character unified social credit code (lower case accepted):
 * known registration-authority code, charset without I/O/Z/S/V, 6-digit region code in
 * positions 3–8 and a matching check character. The org type (position 2) and the embedded
 * GB 11714 organization code are not checked against tables, as they vary by authority.
 */
export function isValidCreditCode(s: string): boolean {
  const code = normalizeCreditCode(s);
  if (!SHAPE.test(code) || !AUTHORITY_CODES.includes(code[0] ?? '')) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}
