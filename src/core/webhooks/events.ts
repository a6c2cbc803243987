import type { Case } from '../cases/case.js';
import type { CaseAction, CaseResult, CaseStatus } from '../cases/status.js';
import { formatInstant } from '../clock/index.js';

const EVENT_OF_ACTION = {
  submit: 'case.submitted',
  issueCorrectionNotice: 'case.correction_required',
  resubmit: 'case.resubmitted',
  accept: 'case.accepted',
  deemAccepted: 'case.deemed_accepted',
  proposeRefusal: 'case.refusal_proposed',
  confirmRefusal: 'case.refused',
  rejectRefusal: 'case.refusal_rejected',
  abandon: 'case.abandoned',
  suspend: 'case.suspended',
  resume: 'case.resumed',
  extend: 'case.extended',
  conclude: 'case.concluded',
  deliver: 'case.delivered',
  revoke: 'case.revoked',
  supplyDeferred: 'case.materials_supplied',
  withdraw: 'case.withdrawn',
} as const;

/**
 * The event every case action publishes to subscribers (一链办理, docs/webhooks.md). Indexed by every
 * action of the state machine, so a new action does not compile until it is given its event above.
 */
export const CASE_EVENT_TYPES: { readonly [A in CaseAction]: (typeof EVENT_OF_ACTION)[A] } = EVENT_OF_ACTION;

export type WebhookEventType = (typeof CASE_EVENT_TYPES)[CaseAction];

/** Every event type a subscription may name, besides `*` (all of them). */
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [...new Set(Object.values(CASE_EVENT_TYPES))];

/** The wildcard: every event type, including ones added later. */
export const ALL_EVENTS = '*';

/**
 * What a subscriber receives: a snapshot of the case at the moment of the event. It names the case
 * and what happened to it, never the applicant: no name, ID number, phone, form or materials (DOMAIN.md
 * §10); an integrator that needs more asks the applicant or the API with its own authorization.
 */
export interface CaseEventPayload {
  /** The event's id, the same in every subscription's delivery of it. */
  readonly id: string;
  readonly type: WebhookEventType;
  /** ISO 8601 with +08:00. */
  readonly occurredAt: string;
  readonly case: {
    readonly id: string;
    readonly caseNo: string;
    readonly itemCode: string;
    readonly itemName: string;
    readonly regionCode: string;
    readonly department: { readonly id: string; readonly name: string };
    readonly channel: Case['channel'];
    readonly statusFrom: CaseStatus | null;
    readonly statusTo: CaseStatus;
    readonly result: CaseResult | null;
  };
}

/** The facts of one case event, as the state change saw them. */
export interface CaseEventFacts {
  readonly eventId: string;
  readonly action: CaseAction;
  readonly statusFrom: CaseStatus | null;
  /** The case after the change. */
  readonly after: Case;
  readonly departmentName: string;
  /** UTC ISO instant of the change. */
  readonly at: string;
}

/** The payload of an event; fields are picked one by one so that nothing personal slips in with a spread. */
export function caseEventPayload(facts: CaseEventFacts): CaseEventPayload {
  const c = facts.after;
  return {
    id: facts.eventId,
    type: CASE_EVENT_TYPES[facts.action],
    occurredAt: formatInstant(facts.at),
    case: {
      id: c.id, caseNo: c.caseNo, itemCode: c.itemCode, itemName: c.itemName, regionCode: c.regionCode,
      department: { id: c.departmentId, name: facts.departmentName }, channel: c.channel,
      statusFrom: facts.statusFrom, statusTo: c.status, result: c.result,
    },
  };
}
