import { NO_CLOCK } from '../../core/cases/case-clocks.js';
import type { Ctx } from '../context.js';
import { changeCase } from './change-case.js';

/** The applicant withdraws before conclusion (DOMAIN.md §4); every clock stops. */
export function withdrawCase(ctx: Ctx, caseId: string, reason?: string) {
  return changeCase(ctx, caseId, 'withdraw', { applicant: true }, (current, _calendar, now) => ({
    next: { ...current, acceptanceDueAt: null, supplementDueAt: null, closedAt: now, ...NO_CLOCK },
    details: reason ? { reason } : {},
  }));
}
