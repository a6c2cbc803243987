/**
 * Which cases may be rated. DOMAIN.md §8: "one rating per concluded case". 国办发〔2019〕51号 asks that every
 * service can be rated, and a refusal (不予受理) is a service the applicant received too, so a refused case is
 * rateable like a concluded (granted or denied) or delivered one. Cases still running, withdrawn by the
 * applicant, abandoned or revoked are not.
 */
import type { CaseStatus } from '../cases/status.js';

export const RATEABLE_STATUSES: readonly CaseStatus[] = ['concluded', 'delivered', 'refused'];

/** Whether a case in this status may be rated. */
export function isRateable(status: CaseStatus): boolean {
  return RATEABLE_STATUSES.includes(status);
}
