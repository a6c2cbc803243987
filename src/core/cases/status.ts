/**
 * A case's life (DOMAIN.md §4). The transition table is the one place that says which action may
 * happen in which status; services ask it before they change anything.
 */

export const CASE_STATUSES = [
  'draft', 'submitted', 'correction_required', 'refusal_pending', 'refused', 'in_progress', 'suspended',
  'concluded', 'delivered', 'abandoned', 'withdrawn', 'revoked',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_RESULTS = ['granted', 'denied'] as const;
/** 准予 / 不予许可. */
export type CaseResult = (typeof CASE_RESULTS)[number];

/** The actions that move a case, with the statuses each may start from and where it leads. */
export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted' },
  issueCorrectionNotice: { from: ['submitted'], to: 'correction_required' },
  resubmit: { from: ['correction_required'], to: 'submitted' },
  accept: { from: ['submitted'], to: 'in_progress' },
  // 行政许可法 第三十二条: no answer within 5 workdays of receipt means accepted from the day of receipt.
  deemAccepted: { from: ['submitted', 'refusal_pending'], to: 'in_progress' },
  proposeRefusal: { from: ['submitted'], to: 'refusal_pending' },
  confirmRefusal: { from: ['refusal_pending'], to: 'refused' },
  rejectRefusal: { from: ['refusal_pending'], to: 'submitted' },
  abandon: { from: ['correction_required'], to: 'abandoned' },
  suspend: { from: ['in_progress'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'in_progress' },
  // 行政许可法 第四十二条: the decision period may be extended once, before the decision, suspended or not.
  extend: { from: ['in_progress', 'suspended'], to: 'same' },
  conclude: { from: ['in_progress'], to: 'concluded' },
  deliver: { from: ['concluded'], to: 'delivered' },
  // 告知承诺: a grant made on the applicant's promise is revoked when verification finds the promise broken.
  revoke: { from: ['concluded', 'delivered'], to: 'revoked' },
  // 容缺: the applicant hands in deferred materials after acceptance; the status does not change.
  supplyDeferred: { from: ['in_progress', 'suspended', 'concluded'], to: 'same' },
  // The applicant may withdraw at any time before conclusion (DOMAIN.md §4).
  withdraw: { from: ['draft', 'submitted', 'correction_required', 'refusal_pending', 'in_progress', 'suspended'], to: 'withdrawn' },
} as const satisfies Record<string, { from: readonly CaseStatus[]; to: CaseStatus | 'same' }>;

export type CaseAction = keyof typeof TRANSITIONS;

/** The status after `action` from `status`. */
export function statusAfter(status: CaseStatus, action: CaseAction): CaseStatus {
  const to: CaseStatus | 'same' = TRANSITIONS[action].to;
  return to === 'same' ? status : to;
}

/** Whether `action` may happen in `status`. */
export function canTransition(status: CaseStatus, action: CaseAction): boolean {
  return (TRANSITIONS[action].from as readonly CaseStatus[]).includes(status);
}

/** Statuses where the case is over: no clock runs and nothing but reading (and rating) happens. */
export const FINAL_STATUSES: readonly CaseStatus[] = ['refused', 'abandoned', 'withdrawn', 'revoked'];

/** Statuses awaiting the office's acceptance decision (the acceptance clock runs). */
export const AWAITING_ACCEPTANCE: readonly CaseStatus[] = ['submitted', 'refusal_pending'];
