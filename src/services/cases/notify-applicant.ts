import type { Case } from '../../core/cases/case.js';
import type { CaseRef, EventParams, NotificationEvent } from '../../core/notifications/index.js';
import { findApplicantProfile } from '../../store/repositories/applicant-repository.js';
import type { Ctx, Trx } from '../context.js';
import { enqueueNotification } from '../notifications/enqueue-notification.js';

/** What an event needs beyond the case reference. */
type Extra<E extends NotificationEvent> = Omit<EventParams[E], keyof CaseRef>;

/**
 * Tells the applicant (inbox, and SMS to the registered phone) in the same transaction as the change; `profile`:
 * the applicant's as the caller read it in that transaction, else it is read here.
 */
export async function notifyApplicant<E extends NotificationEvent>(
  trx: Trx, ctx: Ctx, c: Case, event: E, extra: Extra<E>, profile?: { readonly phone: string | null },
): Promise<void> {
  const applicant = profile ?? await findApplicantProfile(trx, c.applicantId);
  const params = { caseNo: c.caseNo, itemName: c.itemName, ...extra } as EventParams[E];
  await enqueueNotification(trx, ctx, { userId: c.applicantId, event, params, channels: { phone: applicant?.phone } });
}
