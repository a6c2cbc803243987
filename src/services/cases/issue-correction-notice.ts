import { parseLocalDate } from '../../core/calendar/index.js';
import { NO_CLOCK } from '../../core/cases/case-clocks.js';
import { checkCorrectionNotice, type CorrectionProblem } from '../../core/cases/correction-notice.js';
import { localDateOf, periodClock } from '../../core/clock/index.js';
import { insertCorrectionNotice } from '../../store/repositories/case-event-repository.js';
import type { Ctx } from '../context.js';
import { loadItemVersion } from './case-item.js';
import { changeCase } from './change-case.js';
import { notifyApplicant } from './notify-applicant.js';

/**
 * Issues the one-time correction notice (一次性告知, ALL Art. 32 (四)): every problem in one notice, one
 * notice per round; the applicant has the item's correction period (default 20 workdays) to supplement.
 */
export function issueCorrectionNotice(ctx: Ctx, caseId: string, problems: readonly CorrectionProblem[]) {
  return changeCase(ctx, caseId, 'issueCorrectionNotice', { roles: ['clerk'] }, async (current, calendar, now, trx) => {
    const item = await loadItemVersion(trx, current.itemVersionId);
    checkCorrectionNotice({
      round: current.round, noticeIssuedInRound: current.noticeIssuedInRound,
      materialCodes: item.content.materials.map((m) => m.code), changedInRound: current.changedInRound,
    }, problems);
    const supplement = periodClock(calendar, parseLocalDate(localDateOf(now)), item.content.correctionDays);
    const next = { ...current, noticeIssuedInRound: true, supplementDueAt: supplement.dueAt, acceptanceDueAt: null, ...NO_CLOCK };
    return {
      next,
      details: { round: current.round, problems, supplementDueAt: supplement.dueAt },
      also: async () => {
        await insertCorrectionNotice(trx, {
          id: ctx.newId(), caseId, round: current.round, problems, issuedAt: now, issuedBy: ctx.actor?.userId ?? '', supplementDueAt: supplement.dueAt,
        });
        await notifyApplicant(trx, ctx, next, 'case.correction_required', { dueDate: localDateOf(supplement.dueAt) });
      },
    };
  });
}
