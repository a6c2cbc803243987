/**
 * Urging (催办) and escalation (督办), DOMAIN.md §7: a supervisor urges a case or one of its tasks with a
 * message and a reply deadline; the handler acknowledges and replies; an urge left unanswered past its
 * deadline is escalated once to the department head; concluding the case closes its urges (办结销号).
 */
import type { CaseStatus } from '../cases/status.js';
import { FINAL_STATUSES } from '../cases/status.js';
import { toEpochMs, type InstantInput } from '../clock/index.js';

/** open → acknowledged → replied; open/acknowledged → escalated (→ replied); any unanswered → closed. */
export const URGE_STATUSES = ['open', 'acknowledged', 'escalated', 'replied', 'closed'] as const;
export type UrgeStatus = (typeof URGE_STATUSES)[number];

/** Statuses in which an urge still waits for its reply. */
export const UNANSWERED_URGE_STATUSES: readonly UrgeStatus[] = ['open', 'acknowledged', 'escalated'];

/** Statuses the escalation check looks at: once escalated, an urge is never escalated again. */
export const ESCALATABLE_URGE_STATUSES: readonly UrgeStatus[] = ['open', 'acknowledged'];

/** A case can be urged while the office owes it something: acceptance, a decision, a resumption. */
export const URGEABLE_CASE_STATUSES: readonly CaseStatus[] = ['submitted', 'refusal_pending', 'in_progress', 'suspended'];

/**
 * Statuses that close a case's open urges (办结销号): the conclusion, and every end without one. The
 * delivery after a grant is not urged: DOMAIN.md §7 closes urges at conclusion.
 */
export const URGE_CLOSING_STATUSES: readonly CaseStatus[] = ['concluded', 'delivered', ...FINAL_STATUSES];

/** Whether a case moving from `from` to `to` closes its open urges. */
export function closesUrges(from: CaseStatus, to: CaseStatus): boolean {
  return URGE_CLOSING_STATUSES.includes(to) && !URGE_CLOSING_STATUSES.includes(from);
}

/** What acknowledging an urge does: records it (with the status after), nothing (done before), or is refused. */
export function acknowledgement(urge: { status: UrgeStatus; acknowledgedAt: string | null }):
  { readonly kind: 'record'; readonly next: UrgeStatus } | { readonly kind: 'already' } | { readonly kind: 'refused' } {
  if (!UNANSWERED_URGE_STATUSES.includes(urge.status)) return { kind: 'refused' };
  if (urge.acknowledgedAt !== null) return { kind: 'already' };
  // An escalated urge stays escalated: the acknowledgement is recorded, the escalation stands.
  return { kind: 'record', next: urge.status === 'open' ? 'acknowledged' : urge.status };
}

/** Whether an urge in this status may still be replied to (an escalated one too: the head wants the answer). */
export function canReply(status: UrgeStatus): boolean {
  return UNANSWERED_URGE_STATUSES.includes(status);
}

/** Whether an urge is due for escalation: unanswered, not yet escalated, and past its reply deadline. */
export function escalationDue(urge: { status: UrgeStatus; replyDueAt: InstantInput }, now: InstantInput): boolean {
  return ESCALATABLE_URGE_STATUSES.includes(urge.status) && toEpochMs(now) > toEpochMs(urge.replyDueAt);
}
