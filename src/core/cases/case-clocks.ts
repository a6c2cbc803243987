/**
 * The clock a case runs on in each stage, as stored instants (DOMAIN.md §5): while the office decides
 * whether to accept, the acceptance clock (ALL Art. 32); after acceptance, the decision clock (ALL Art. 42).
 */
import type { Calendar, LocalDate } from '../calendar/index.js';
import {
  acceptanceClock, ACCEPTANCE_DAYS, decisionClock, defaultYellowThreshold, deliveryClock, DELIVERY_DAYS, warningInstants, yellowThreshold,
} from '../clock/index.js';
import type { Case } from './case.js';

/** Due and warning instants to store on a case. */
export interface StageClock {
  readonly acceptanceDueAt?: string | null;
  readonly dueAt?: string | null;
  readonly statutoryDueAt?: string | null;
  readonly suspendedWorkdays?: number;
  readonly yellowAt: string | null;
  readonly redAt: string | null;
}

/** The acceptance clock from the date a round's materials were received. */
export function acceptanceStage(calendar: Calendar, receivedOn: LocalDate): StageClock {
  const clock = acceptanceClock(calendar, receivedOn);
  const warn = warningInstants(calendar, clock.dueDate, defaultYellowThreshold(ACCEPTANCE_DAYS));
  return { acceptanceDueAt: clock.dueAt, yellowAt: warn.yellowAt, redAt: warn.dueAt };
}

/** The decision clock from acceptance, with the case's extension and suspensions. */
export function decisionStage(
  calendar: Calendar, c: Pick<Case, 'promisedDays' | 'statutoryDays' | 'extensionDays' | 'yellowThreshold'>,
  acceptedOn: LocalDate, today: LocalDate, suspensions: readonly { from: LocalDate; to?: LocalDate }[] = [],
): StageClock {
  const clock = decisionClock(calendar, {
    acceptedOn, promisedDays: c.promisedDays, statutoryDays: c.statutoryDays, extensionDays: c.extensionDays, suspensions, today,
  });
  const threshold = yellowThreshold({ promisedDays: c.promisedDays, extensionDays: c.extensionDays, override: c.yellowThreshold });
  const warn = warningInstants(calendar, clock.dueDate, threshold);
  return {
    dueAt: clock.dueAt, statutoryDueAt: clock.statutoryDueAt, suspendedWorkdays: clock.suspendedWorkdays,
    yellowAt: warn.yellowAt, redAt: warn.dueAt,
  };
}

/** The delivery clock from the grant (ALL Art. 44: issue and deliver the license within 10 workdays). */
export function deliveryStage(calendar: Calendar, grantedOn: LocalDate): StageClock {
  const clock = deliveryClock(calendar, grantedOn);
  const warn = warningInstants(calendar, clock.dueDate, defaultYellowThreshold(DELIVERY_DAYS));
  return { yellowAt: warn.yellowAt, redAt: warn.dueAt };
}

/** No office clock runs (waiting for the applicant, or over). */
export const NO_CLOCK: StageClock = { yellowAt: null, redAt: null };
