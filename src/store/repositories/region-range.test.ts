import { describe, expect, it } from 'vitest';
import { regionRange } from './region-range.js';

describe('regionRange', () => {
  it('bounds a prefix by its successor, carrying nines, and holds exactly the codes that start with it', () => {
    expect(regionRange('3601')).toEqual({ from: '3601', to: '3602' });
    expect(regionRange('3609')).toEqual({ from: '3609', to: '3610' });
    expect(regionRange('360199')).toEqual({ from: '360199', to: '360200' });
    expect(regionRange('99')).toEqual({ from: '99', to: null });
    const codes = ['360000', '360100', '360102', '360199', '360199001', '360200', '361000', '370100'];
    for (const prefix of ['36', '3601', '3609', '360199']) {
      const { from, to } = regionRange(prefix);
      expect(codes.filter((c) => c >= from && (to === null || c < to))).toEqual(codes.filter((c) => c.startsWith(prefix)));
    }
  });

  it('refuses a prefix that is not digits', () => {
    expect(() => regionRange('36%')).toThrow();
  });
});
