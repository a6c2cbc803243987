import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isValidMobile } from './phone.js';

describe('isValidMobile', () => {
  it.each(['13812341234', '14500000000', '15912345678', '16612345678', '17712345678', '18888888888', '19912345678'])(
    'accepts %s', (s) => expect(isValidMobile(s)).toBe(true),
  );

  it.each([
    '', '1381234123', '138123412345', '12812341234', '10012341234', '23812341234',
    '+8613812341234', '138 1234 1234', '138-1234-1234', '1381234123a', '１３８１２３４１２３４',
  ])('rejects %j', (s) => expect(isValidMobile(s)).toBe(false));

  it('accepts every 1[3-9] + 9 digits number', () => {
    const digit = fc.constantFrom(...'0123456789');
    const mobile = fc
      .tuple(fc.constantFrom(...'3456789'), fc.string({ unit: digit, minLength: 9, maxLength: 9 }))
      .map(([second, rest]) => `1${second}${rest}`);
    fc.assert(fc.property(mobile, (s) => {
      expect(isValidMobile(s)).toBe(true);
    }));
  });
});
