import { hasRole } from '../../core/accounts/actor.js';
import { NO_CLOCK } from '../../core/cases/case-clocks.js';
import { invalidFields } from '../../core/errors.js';
import { requireActor } from '../access/authorize.js';
import type { Ctx } from '../context.js';
import { changeCase } from './change-case.js';
import { notifyApplicant } from './notify-applicant.js';
import { requestRating } from '../ratings/request-rating.js';

/** A refusal proposal (reason) or its confirmation (`confirm`). */
export interface RefuseInput {
  readonly reason?: string | undefined;
  readonly confirm?: boolean | undefined;
}

/**
 * 窗口无权否决: a clerk may only propose a refusal, with its reason; it takes effect when an approver or
 * supervisor confirms it (or goes back to the intake queue when they decline). The refusal notice
 * states the reason and the remedies (ALL Art. 38).
 */
export async function refuseCase(ctx: Ctx, caseId: string, input: RefuseInput) {
  requireActor(ctx.actor);
  if (input.confirm === undefined) {
    if (!input.reason?.trim()) throw invalidFields([{ field: 'reason', code: 'required' }]);
    const reason = input.reason.trim();
    return changeCase(ctx, caseId, 'proposeRefusal', { roles: ['clerk'] }, (current) => ({
      next: { ...current, refusalReason: reason }, details: { reason },
    }));
  }
  const deciding = { roles: ['approver', 'supervisor'] as const };
  if (!input.confirm) {
    return changeCase(ctx, caseId, 'rejectRefusal', deciding, (current) => ({
      next: { ...current, refusalReason: null }, details: { declined: current.refusalReason, note: input.reason ?? null },
    }));
  }
  const confirmer = hasRole(ctx.actor, 'supervisor') ? 'supervisor' : 'approver';
  return changeCase(ctx, caseId, 'confirmRefusal', deciding, (current, _calendar, now) => {
    const next = { ...current, acceptanceDueAt: null, closedAt: now, ...NO_CLOCK };
    return {
      next, details: { reason: current.refusalReason, confirmedAs: confirmer },
      also: async (trx) => {
        await notifyApplicant(trx, ctx, next, 'case.refused', {});
        await requestRating(trx, ctx, next);
      },
    };
  });
}
