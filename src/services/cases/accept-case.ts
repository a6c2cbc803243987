import { parseLocalDate } from '../../core/calendar/index.js';
import { decisionStage, deliveryStage } from '../../core/cases/case-clocks.js';
import { checkDeferral } from '../../core/cases/deferred-materials.js';
import { localDateOf, periodClock } from '../../core/clock/index.js';
import { invalidFields } from '../../core/errors.js';
import { findApplicantProfile } from '../../store/repositories/applicant-repository.js';
import type { Ctx } from '../context.js';
import { loadItemVersion } from './case-item.js';
import { changeCase } from './change-case.js';
import { notifyApplicant } from './notify-applicant.js';
import { openVerification } from './verifications.js';
import { startCaseWorkflow } from '../workflow/persist-workflow.js';
import { issueLicense } from '../licenses/issue-license.js';
import { requestRating } from '../ratings/request-rating.js';

/** What the clerk decides at acceptance: materials to be supplied later (容缺) and the period for them. */
export interface AcceptInput {
  /** 告知承诺 cases: grant at once; the department verifies the commitment afterwards. */
  readonly grant?: boolean | undefined;
  readonly deferredMaterials?: readonly string[] | undefined;
  readonly supplyDays?: number | undefined;
}

/**
 * Accepts a case (受理, ALL Art. 32): the decision clock starts from today; deferred materials are
 * allowed only where the item allows, never for a bad-credit applicant, within the promised limit.
 */
export async function acceptCase(ctx: Ctx, caseId: string, input: AcceptInput) {
  const accepted = await changeCase(ctx, caseId, 'accept', { roles: ['clerk'] }, async (current, calendar, now, trx) => {
    if (input.grant && !current.commitment) throw invalidFields([{ field: 'grant', code: 'commitment_only' }]);
    const item = await loadItemVersion(trx, current.itemVersionId);
    const deferred = [...(input.deferredMaterials ?? [])];
    const applicant = await findApplicantProfile(trx, current.applicantId);
    checkDeferral({
      deferrableCodes: item.content.materials.filter((m) => m.deferrable).map((m) => m.code),
      materialCodes: item.content.materials.map((m) => m.code), badCredit: applicant?.bad_credit === 1,
      promisedDays: current.promisedDays,
    }, deferred, input.supplyDays);
    const today = parseLocalDate(localDateOf(now));
    const stage = decisionStage(calendar, current, today, today);
    const supplyDueAt = deferred.length > 0 && input.supplyDays ? periodClock(calendar, today, input.supplyDays).dueAt : null;
    const next = {
      ...current, acceptedAt: now, acceptedOn: today, acceptanceDueAt: null, dueAt: stage.dueAt ?? null,
      statutoryDueAt: stage.statutoryDueAt ?? null, yellowAt: stage.yellowAt, redAt: stage.redAt, deferredMaterials: deferred, supplyDueAt,
    };
    return {
      next,
      details: { acceptedOn: today, dueAt: next.dueAt, deferredMaterials: deferred, supplyDueAt },
      also: async (trx) => {
        await notifyApplicant(trx, ctx, next, 'case.accepted', { dueDate: next.dueAt ? localDateOf(next.dueAt) : today }, applicant);
        // Instant items and commitment grants conclude at the window; every other case starts its steps now (DOMAIN.md §6).
        if (current.promisedDays !== 0 && !input.grant) await startCaseWorkflow(trx, ctx, next, item.content.steps, calendar, now);
      },
    };
  });
  // 即办件: an instant item is concluded at the window the day it is accepted; a commitment case may be
  // granted at once on the applicant's promise, and the department verifies it afterwards (DOMAIN.md §4).
  if (accepted.promisedDays === 0) return grantAtWindow(ctx, caseId, 'instant');
  if (input.grant) return grantAtWindow(ctx, caseId, 'commitment');
  return accepted;
}

function grantAtWindow(ctx: Ctx, caseId: string, why: 'instant' | 'commitment') {
  return changeCase(ctx, caseId, 'conclude', { roles: ['clerk'] }, (current, calendar, now) => {
    const grantedOn = parseLocalDate(localDateOf(now));
    const next = { ...current, result: 'granted' as const, concludedAt: now, ...deliveryStage(calendar, grantedOn) };
    return {
      next, details: { result: 'granted', [why]: true },
      also: async (trx) => {
        if (why === 'commitment') await openVerification(trx, ctx, next, calendar, grantedOn);
        await issueLicense(trx, ctx, next, now);
        await notifyApplicant(trx, ctx, next, 'case.concluded', { outcome: 'granted' });
        await requestRating(trx, ctx, next);
      },
    };
  });
}
