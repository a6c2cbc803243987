import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  birthDateOfIdNumber, genderOfIdNumber, idNumberCheckChar, isValidIdNumber, normalizeIdNumber,
} from './id-number.js';

// Vectors; every check char below was recomputed independently (node one-liner, weights 2^(17−i) mod 11).
/** The worked example printed in GB 11643-1999 (北京市朝阳区, female, born 1949-12-31). */
const GB_EXAMPLE = '11010519491231002X';
/** Appears in several public ID-validator test suites (born 1984-04-06; 17th digit 0 → female). */
const PUBLIC_EXAMPLE = '11010219840406970X';
/**
 * Often quoted alongside the standard's example (广东省汕头市) in public write-ups and validator tests. Its check char
 * is correct, but the birth date 1880-01-01 is before our 1900-01-01 lower bound, so it is rejected.
 */
const SHANTOU_1880 = '440524188001010014';

const PROVINCES = [
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
  50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91,
];
const withCheck = (first17: string): string => first17 + idNumberCheckChar(first17);

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const validIdNumber = fc
  .tuple(
    fc.constantFrom(...PROVINCES), digits(4),
    fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
    digits(3),
  )
  .map(([p, area, d, seq]) => withCheck(`${p}${area}${d.toISOString().slice(0, 10).replaceAll('-', '')}${seq}`));

/** Any single-character substitution (digits, or X at the check position) of a valid number. */
const mutated = (valid: fc.Arbitrary<string>) =>
  valid.chain((id) =>
    fc.integer({ min: 0, max: 17 }).chain((i) =>
      fc.constantFrom(...(i === 17 ? '0123456789X' : '0123456789'))
        .filter((c) => c !== id[i])
        .map((c) => id.slice(0, i) + c + id.slice(i + 1)),
    ),
  );

describe('isValidIdNumber — public vectors', () => {
  it('accepts the GB 11643-1999 example and its lower-case-x form', () => {
    expect(idNumberCheckChar(GB_EXAMPLE.slice(0, 17))).toBe('X');
    expect(isValidIdNumber(GB_EXAMPLE)).toBe(true);
    expect(isValidIdNumber('11010519491231002x')).toBe(true);
    expect(normalizeIdNumber('11010519491231002x')).toBe(GB_EXAMPLE);
    expect(birthDateOfIdNumber(GB_EXAMPLE)).toBe('1949-12-31');
    expect(genderOfIdNumber(GB_EXAMPLE)).toBe('female');
  });

  it('accepts a public example of a woman born in 1984', () => {
    expect(isValidIdNumber(PUBLIC_EXAMPLE)).toBe(true);
    expect(birthDateOfIdNumber(PUBLIC_EXAMPLE)).toBe('1984-04-06');
    expect(genderOfIdNumber(PUBLIC_EXAMPLE)).toBe('female');
  });

  it('has the right check char for 440524188001010014 but rejects its 1880 birth date', () => {
    expect(idNumberCheckChar(SHANTOU_1880.slice(0, 17))).toBe('4');
    expect(isValidIdNumber(SHANTOU_1880)).toBe(false);
    expect(birthDateOfIdNumber(SHANTOU_1880)).toBeNull();
    expect(genderOfIdNumber(SHANTOU_1880)).toBeNull();
  });

  it('rejects the known bad variant with the birth month changed (04 → 05)', () => {
    expect(isValidIdNumber('11010219840506970X')).toBe(false);
  });
});

describe('isValidIdNumber — structure', () => {
  it.each([
    '', '11010519491231002', '11010519491231002X0', ' 11010519491231002X', '11010519491231002Y',
    '1101051949123100X2', '１１０１０５１９４９１２３１００２Ｘ',
  ])('rejects malformed %j', (s) => expect(isValidIdNumber(s)).toBe(false));

  it('accepts every listed province code and rejects others', () => {
    for (let p = 0; p < 100; p++) {
      const id = withCheck(`${String(p).padStart(2, '0')}010519491231002`);
      expect(isValidIdNumber(id)).toBe(PROVINCES.includes(p));
    }
  });

  it.each([
    ['19000101', true], ['18991231', false], ['20000229', true], ['19000229', false],
    ['20230230', false], ['19991301', false], ['19990001', false], ['19990100', false],
    ['19990431', false], ['20991231', true], ['21000101', false],
  ])('birth date %s valid=%s', (date, ok) => {
    expect(isValidIdNumber(withCheck(`110105${date}002`))).toBe(ok);
  });

  it('rejects a birth date after `today` and accepts one on it', () => {
    const id = withCheck('11010520240301001');
    expect(isValidIdNumber(id)).toBe(true);
    expect(isValidIdNumber(id, '2024-03-01')).toBe(true);
    expect(isValidIdNumber(id, '2024-02-29')).toBe(false);
  });

  it('throws on a malformed `today`', () => {
    for (const today of ['2024-3-1', '20240301', '2023-02-29', '2024-13-01', '']) {
      expect(() => isValidIdNumber(GB_EXAMPLE, today)).toThrow(RangeError);
    }
  });

  it('idNumberCheckChar rejects anything but 17 digits', () => {
    expect(() => idNumberCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => idNumberCheckChar('1101051949123100X')).toThrow(RangeError);
  });
});

describe('isValidIdNumber — properties', () => {
  it('accepts generated numbers with a computed check char', () => {
    fc.assert(fc.property(validIdNumber, (id) => {
      expect(isValidIdNumber(id)).toBe(true);
      expect(isValidIdNumber(id.toLowerCase())).toBe(true);
      expect(birthDateOfIdNumber(id)?.replaceAll('-', '')).toBe(id.slice(6, 14));
      expect(genderOfIdNumber(id)).toBe(Number(id[16]) % 2 === 1 ? 'male' : 'female');
    }));
  });

  it('rejects any single-character change of a valid number', () => {
    const vectors = fc.oneof(fc.constantFrom(GB_EXAMPLE, PUBLIC_EXAMPLE), validIdNumber);
    fc.assert(fc.property(mutated(vectors), (id) => {
      expect(isValidIdNumber(id)).toBe(false);
    }), { numRuns: 500 });
  });

  it('MOD 11-2 detects every single-digit change of 440524188001010014 too', () => {
    fc.assert(fc.property(mutated(fc.constant(SHANTOU_1880)), (id) => {
      expect(idNumberCheckChar(id.slice(0, 17))).not.toBe(id[17]);
    }));
  });
});
