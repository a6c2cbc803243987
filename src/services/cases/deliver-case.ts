/**
 * 送达 (行政许可法 第四十四条; DOMAIN.md §4, §5): the result of a concluded case reaches the applicant at the
 * window, by mail with a tracking number, or by download. A grant is not delivered while deferred materials
 * (容缺) are still owed; delivery stops the delivery clock and ends the case (`delivered`).
 */
import type { Case } from '../../core/cases/case.js';
import { NO_CLOCK } from '../../core/cases/case-clocks.js';
import { DomainError, invalidFields } from '../../core/errors.js';
import { insertDelivery } from '../../store/repositories/license-repository.js';
import type { Ctx } from '../context.js';
import { changeCase, type CaseChange } from './change-case.js';
import { notifyApplicant } from './notify-applicant.js';

export const DELIVERY_METHODS = ['window', 'mail', 'download'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** How the result went out; a mailing needs its tracking number. */
export interface DeliverInput {
  readonly method: DeliveryMethod;
  readonly trackingNo?: string | undefined;
}

/** The change that delivers `current`, by `by` (staff, or the applicant downloading). */
export function deliveryChange(ctx: Ctx, current: Case, now: string, input: DeliverInput, by: string): CaseChange {
  // DOMAIN.md §4 (容缺): the result is not delivered until the deferred materials arrive. A denial is
  // served regardless: withholding it would only delay the applicant's remedies.
  if (current.result === 'granted' && current.deferredMaterials.length > 0) {
    throw new DomainError('delivery.deferred_outstanding', { count: current.deferredMaterials.length });
  }
  const trackingNo = input.method === 'mail' ? input.trackingNo?.trim() ?? null : null;
  const next: Case = { ...current, closedAt: now, ...NO_CLOCK };
  return {
    next, details: { method: input.method, ...(trackingNo && { trackingNo }) },
    also: async (trx) => {
      await insertDelivery(trx, { case_id: current.id, method: input.method, tracking_no: trackingNo, delivered_at: now, delivered_by: by });
      await notifyApplicant(trx, ctx, next, 'case.delivered', {});
    },
  };
}

/** Records the delivery of a concluded case by a clerk or handler in reach. */
export function deliverCase(ctx: Ctx, caseId: string, input: DeliverInput): Promise<Case> {
  if (input.method === 'mail' && !input.trackingNo?.trim()) throw invalidFields([{ field: 'trackingNo', code: 'required' }]);
  return changeCase(ctx, caseId, 'deliver', { roles: ['clerk', 'handler'] }, (current, _calendar, now) =>
    deliveryChange(ctx, current, now, input, ctx.actor?.userId ?? ''));
}
