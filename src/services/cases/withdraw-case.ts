import { parseLocalDate } from '../../core/calendar/index.js';
import { NO_CLOCK } from '../../core/cases/case-clocks.js';
import { localDateOf } from '../../core/clock/index.js';
import type { Ctx } from '../context.js';
import { changeCase } from './change-case.js';
import { endSuspension } from './end-suspension.js';

/**
 * The applicant withdraws before conclusion (DOMAIN.md §4); every clock stops. A suspended case's open
 * suspension ends with it (today, by the applicant; the withdrawal's reason stays on the timeline), so no
 * record waits for a resumption that cannot come.
 */
export function withdrawCase(ctx: Ctx, caseId: string, reason?: string) {
  return changeCase(ctx, caseId, 'withdraw', { applicant: true }, async (current, calendar, now, trx) => {
    const ended = current.status === 'suspended' ? await endSuspension(trx, calendar, current, parseLocalDate(localDateOf(now))) : null;
    return {
      next: {
        ...current, acceptanceDueAt: null, supplementDueAt: null, closedAt: now,
        ...(ended && { suspendedWorkdays: ended.clock.suspendedWorkdays }), ...NO_CLOCK,
      },
      details: { ...(reason && { reason }), ...(ended && { suspensionId: ended.open.id, suspendedWorkdays: ended.cost }) },
      ...(ended && { also: (trx) => ended.close(trx, { at: now, by: ctx.actor?.userId ?? '', reason: null }) }),
    };
  });
}
