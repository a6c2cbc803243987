import { timingSafeEqual } from 'node:crypto';
import { formatInstant } from '../../core/clock/index.js';
import { DomainError } from '../../core/errors.js';
import { listCaseEvents } from '../../store/repositories/case-event-repository.js';
import { caseFromRow, findCaseByNo } from '../../store/repositories/case-repository.js';
import type { Ctx } from '../context.js';
import { throttledLookup } from '../security/lookup-throttle.js';

/** Whether a query code matches, in constant time. */
export function sameCode(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/**
 * A case's progress for anyone holding its number and query code (DOMAIN.md §1, public): status and
 * the dated steps, with no personal data and no form content. A wrong code answers like a missing case; guesses
 * are throttled.
 */
export function publicProgress(ctx: Ctx, caseNo: string, queryCode: string) {
  return throttledLookup(ctx, caseNo, async () => {
    const row = await findCaseByNo(ctx.store.db, caseNo);
    if (!row || !sameCode(row.query_code, queryCode)) throw new DomainError('request.not_found');
    const c = caseFromRow(row);
    const events = await listCaseEvents(ctx.store.db, c.id);
    return {
      caseNo: c.caseNo, itemName: c.itemName, status: c.status, ...(c.result && { result: c.result }), receivedAt: formatInstant(c.receivedAt),
      ...(c.dueAt && { dueAt: formatInstant(c.dueAt) }),
      steps: events.map((e) => ({ at: formatInstant(e.at), action: e.action, status: e.status_to })),
    };
  });
}
