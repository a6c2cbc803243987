import type { Case } from '../../core/cases/case.js';
import type { CaseAction, CaseStatus } from '../../core/cases/status.js';
import { CASE_EVENT_TYPES, caseEventPayload, subscriptionMatches } from '../../core/webhooks/index.js';
import { findDepartment } from '../../store/repositories/department-repository.js';
import { activeSubscriptions, insertDeliveries } from '../../store/repositories/webhook-repository.js';
import type { Deps, Trx } from '../context.js';

/** A case event as the state change saw it. */
export interface CaseEventChange {
  readonly action: CaseAction;
  /** null for a new case. */
  readonly statusFrom: CaseStatus | null;
  /** The case after the change. */
  readonly after: Case;
  /** UTC ISO instant of the change. */
  readonly at: string;
}

/**
 * Writes one delivery per matching active subscription, in the transaction of the case event (the outbox
 * pattern): a rolled-back change sends nothing, a committed one is sent after commit by the webhook job.
 * The body is fixed now, a snapshot of the event that retries and replays send unchanged.
 */
export async function enqueueCaseWebhooks(trx: Trx, deps: Deps, change: CaseEventChange): Promise<void> {
  const scope = { type: CASE_EVENT_TYPES[change.action], regionCode: change.after.regionCode, itemCode: change.after.itemCode };
  const subscriptions = (await activeSubscriptions(trx)).filter((s) => subscriptionMatches(s, scope));
  if (subscriptions.length === 0) return;
  const department = await findDepartment(trx, change.after.departmentId);
  const eventId = deps.newId();
  const body = JSON.stringify(caseEventPayload({ eventId, ...change, departmentName: department?.name ?? '' }));
  await insertDeliveries(trx, subscriptions.map((s) => ({
    id: deps.newId(), subscription_id: s.id, event_id: eventId, event_type: scope.type, case_id: change.after.id, payload: body,
    status: 'pending' as const, attempts: 0, next_attempt_at: change.at, claimed_by: null, claimed_until: null, last_status: null,
    last_error: null, delivered_at: null, created_at: change.at,
  })));
}
