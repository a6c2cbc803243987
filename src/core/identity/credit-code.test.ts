import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { CREDIT_CODE_CHARSET, creditCodeCheckChar, isValidCreditCode, normalizeCreditCode } from './credit-code.js';

// Vectors; every check char below was recomputed independently (node one-liner, weights 3^i mod 31).
const PUBLIC_CODES = [
  /** Attributed to GB 32100-2015 by several libraries; also in hutool's CreditCodeUtilTest. */
  '91350100M000100Y43',
  /** Doctest example of python-stdnum's `stdnum/cn/uscc.py`. */
  '91110000600037341L',
  /** Publicly registered code of 腾讯科技（深圳）有限公司 (national enterprise credit records). */
  '91440300708461136T',
];

const chars = (n: number, from = CREDIT_CODE_CHARSET) =>
  fc.string({ unit: fc.constantFrom(...from), minLength: n, maxLength: n });
const validCreditCode = fc
  .tuple(fc.constantFrom(...'123456789ANY'), chars(1), chars(6, '0123456789'), chars(9))
  .map(([authority, type, region, subject]) => {
    const first17 = authority + type + region + subject;
    return first17 + creditCodeCheckChar(first17);
  });

describe('isValidCreditCode — public vectors', () => {
  it.each(PUBLIC_CODES)('accepts %s (check char recomputed)', (code) => {
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('accepts lower case and normalizes to upper case', () => {
    expect(isValidCreditCode('91350100m000100y43')).toBe(true);
    expect(normalizeCreditCode('91350100m000100y43')).toBe('91350100M000100Y43');
  });

  it('maps a remainder of 0 to check char 0 (31 → "0")', () => {
    // Σ = 0 → 31 − 0 = 31 → '0'; and Σ = 1 → 30 → 'Y'.
    expect(creditCodeCheckChar('0'.repeat(17))).toBe('0');
    expect(creditCodeCheckChar(`1${'0'.repeat(16)}`)).toBe('Y');
  });
});

describe('isValidCreditCode — structure', () => {
  it.each([
    '', '91350100M000100Y4', '91350100M000100Y430', ' 91350100M000100Y43',
    '91350100M000100Y44', '913501O0M000100Y43', '9135010AM000100Y43',
  ])('rejects malformed %j', (code) => expect(isValidCreditCode(code)).toBe(false));

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the excluded letter %s anywhere', (letter) => {
    expect(isValidCreditCode(`91350100M000100${letter}43`)).toBe(false);
    expect(isValidCreditCode(`91350100M000100Y4${letter}`)).toBe(false);
  });

  it('rejects unknown registration-authority codes even with a correct check char', () => {
    for (const c of CREDIT_CODE_CHARSET) {
      const first17 = `${c}1350100M000100Y4`;
      expect(isValidCreditCode(first17 + creditCodeCheckChar(first17))).toBe('123456789ANY'.includes(c));
    }
  });

  it('creditCodeCheckChar rejects bad input', () => {
    expect(() => creditCodeCheckChar('91350100M000100Y')).toThrow(RangeError);
    expect(() => creditCodeCheckChar('91350100M000100I4')).toThrow(RangeError);
  });
});

describe('isValidCreditCode — properties', () => {
  it('accepts generated codes with a computed check char', () => {
    fc.assert(fc.property(validCreditCode, (code) => {
      expect(isValidCreditCode(code)).toBe(true);
      expect(isValidCreditCode(code.toLowerCase())).toBe(true);
    }));
  });

  it('rejects any single-character change to another allowed char', () => {
    const codes = fc.oneof(fc.constantFrom(...PUBLIC_CODES), validCreditCode);
    const mutated = codes.chain((code) =>
      fc.integer({ min: 0, max: 17 }).chain((i) =>
        fc.constantFrom(...CREDIT_CODE_CHARSET)
          .filter((c) => c !== code[i])
          .map((c) => code.slice(0, i) + c + code.slice(i + 1)),
      ),
    );
    fc.assert(fc.property(mutated, (code) => {
      expect(isValidCreditCode(code)).toBe(false);
    }), { numRuns: 500 });
  });
});
