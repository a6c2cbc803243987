import type { Case } from '../../core/cases/case.js';
import { notifyApplicant } from '../cases/notify-applicant.js';
import type { Ctx, Trx } from '../context.js';
import { ratingUrl } from '../licenses/decision-document.js';

/**
 * Invites the applicant to rate (好差评; 国办发〔2019〕51号: every service can be rated, and the office asks) once the
 * case has its result — granted, denied or refused — in that change's transaction, so the invitation goes once,
 * through the outbox. The link is the public rating page with the case number and query code, recorded as the SMS
 * channel (the link travels by SMS, and by mail where one is configured).
 */
export function requestRating(trx: Trx, ctx: Ctx, c: Case, profile?: { readonly phone: string | null }): Promise<void> {
  return notifyApplicant(trx, ctx, c, 'rating.requested', { rateLink: `${ratingUrl('', c)}&channel=sms` }, profile);
}
