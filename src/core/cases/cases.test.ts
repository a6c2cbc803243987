import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { formatCaseNo, formatQueryCode } from './case-number.js';
import { changedMaterials, checkCorrectionNotice } from './correction-notice.js';
import { checkDeferral } from './deferred-materials.js';

const codeOf = (fn: () => void): { code: string; fields: string[] } | null => {
  try {
    fn();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { code: error.code, fields: error.fields.map((f) => `${f.field}:${f.code}`) };
  }
};

describe('one-time correction notice (一次性告知)', () => {
  const round1 = { round: 1, noticeIssuedInRound: false, materialCodes: ['id', 'license', 'plan'], changedInRound: [] };

  it('accepts a notice naming any of the item materials in the first round', () => {
    expect(codeOf(() => checkCorrectionNotice(round1, [{ materialCode: 'id', problem: '复印件不清晰' }, { materialCode: 'plan', problem: '缺少签章' }]))).toBeNull();
  });

  it('refuses a second notice in the same round', () => {
    expect(codeOf(() => checkCorrectionNotice({ ...round1, noticeIssuedInRound: true }, [{ materialCode: 'id', problem: 'x' }]))?.code).toBe('case.notice_already_issued');
  });

  it('after a resubmission names only materials it changed or added, reporting every other one', () => {
    const round2 = { ...round1, round: 2, changedInRound: ['plan'] };
    expect(codeOf(() => checkCorrectionNotice(round2, [{ materialCode: 'plan', problem: '仍缺签章' }]))).toBeNull();
    expect(codeOf(() => checkCorrectionNotice(round2, [{ materialCode: 'id', problem: 'x' }, { materialCode: 'nope', problem: 'y' }]))).toEqual({
      code: 'request.invalid', fields: ['problems[0].materialCode:material_unchanged', 'problems[1].materialCode:not_found'],
    });
  });

  it('finds which materials a resubmission changed or added', () => {
    expect(changedMaterials(
      [{ code: 'id', fileId: 'f1' }, { code: 'plan', fileId: null }, { code: 'form', fileId: null }],
      [{ code: 'id', fileId: 'f1' }, { code: 'plan', fileId: 'f2' }, { code: 'license', fileId: 'f3' }, { code: 'form', fileId: null }],
    )).toEqual(['plan', 'license', 'form']);
  });
});

describe('deferred materials (容缺受理)', () => {
  const context = { deferrableCodes: ['plan'], materialCodes: ['id', 'plan'], badCredit: false, promisedDays: 10 };

  it('allows deferring a deferrable material within the promised limit', () => {
    expect(codeOf(() => checkDeferral(context, ['plan'], 10))).toBeNull();
  });

  it('refuses a non-deferrable material and a period past the promised limit, together', () => {
    expect(codeOf(() => checkDeferral(context, ['id'], 11))).toEqual({
      code: 'request.invalid', fields: ['deferredMaterials[0]:not_deferrable', 'supplyDays:maximum'],
    });
  });

  it('refuses any deferral for an applicant with a bad-credit mark', () => {
    expect(codeOf(() => checkDeferral({ ...context, badCredit: true }, ['plan'], 5))?.code).toBe('case.deferral_bad_credit');
  });
});

describe('case numbers and query codes', () => {
  it('joins region, date and a padded daily sequence', () => {
    expect(formatCaseNo('360100', '2026-03-02', 17)).toBe('360100-20260302-00017');
  });

  it('gives six digits', () => {
    expect(formatQueryCode(42)).toBe('000042');
    expect(formatQueryCode(123456789)).toBe('456789');
  });
});
