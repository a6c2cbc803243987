/**
 * Deferred materials (容缺受理, DOMAIN.md §4): only materials the item marks deferrable, never for an
 * applicant with a bad-credit mark, to be supplied within a period that may not run past the promised limit.
 */
import { DomainError, invalidFields, type FieldError } from '../errors.js';

/** What the rule needs from the item and the applicant. */
export interface DeferralContext {
  readonly deferrableCodes: readonly string[];
  readonly materialCodes: readonly string[];
  readonly badCredit: boolean;
  readonly promisedDays: number;
}

/** Checks a deferral request; returns nothing when nothing is deferred. */
export function checkDeferral(context: DeferralContext, deferred: readonly string[], supplyDays: number | undefined): void {
  if (deferred.length === 0) return;
  if (context.badCredit) throw new DomainError('case.deferral_bad_credit');
  const fields: FieldError[] = [];
  deferred.forEach((code, i) => {
    if (!context.materialCodes.includes(code)) fields.push({ field: `deferredMaterials[${i}]`, code: 'not_found' });
    else if (!context.deferrableCodes.includes(code)) fields.push({ field: `deferredMaterials[${i}]`, code: 'not_deferrable' });
  });
  if (supplyDays === undefined) fields.push({ field: 'supplyDays', code: 'required' });
  else if (supplyDays < 1 || supplyDays > context.promisedDays) {
    fields.push({ field: 'supplyDays', code: 'maximum', params: { limit: context.promisedDays } });
  }
  if (fields.length > 0) throw invalidFields(fields);
}
