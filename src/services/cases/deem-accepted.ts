import { parseLocalDate } from '../../core/calendar/index.js';
import { decisionStage } from '../../core/cases/case-clocks.js';
import { localDateOf } from '../../core/clock/index.js';
import { dueCaseIds } from '../../store/repositories/case-repository.js';
import type { Deps } from '../context.js';
import { nowIso } from '../context.js';
import { startCaseWorkflow } from '../workflow/persist-workflow.js';
import { loadItemVersion } from './case-item.js';
import { changeCase } from './change-case.js';
import { notifyApplicant } from './notify-applicant.js';

/**
 * 行政许可法 第三十二条: an office that neither accepts, refuses nor issues the correction notice within
 * 5 workdays of receipt has accepted the application from the day of receipt. The case moves on by
 * itself, its decision clock counts from the receipt date, and it is marked so supervision sees the lapse.
 */
export async function deemOverdueCasesAccepted(deps: Deps): Promise<number> {
  const ctx = { ...deps, actor: null, ip: null };
  const ids = await dueCaseIds(deps.store.db, ['submitted', 'refusal_pending'], 'acceptance_due_at', nowIso(deps));
  for (const id of ids) {
    await changeCase(ctx, id, 'deemAccepted', 'system', async (current, calendar, now, trx) => {
      const item = await loadItemVersion(trx, current.itemVersionId);
      const receivedOn = parseLocalDate(current.roundReceivedOn);
      const stage = decisionStage(calendar, current, receivedOn, parseLocalDate(localDateOf(now)));
      const next = {
        ...current, deemedAccepted: true, acceptedAt: now, acceptedOn: receivedOn, acceptanceDueAt: null, refusalReason: null,
        dueAt: stage.dueAt ?? null, statutoryDueAt: stage.statutoryDueAt ?? null, yellowAt: stage.yellowAt, redAt: stage.redAt,
      };
      return {
        next, details: { acceptedOn: receivedOn, missedAcceptanceDueAt: current.acceptanceDueAt },
        also: async () => {
          // The case now moves through the item's steps like any accepted case.
          await startCaseWorkflow(trx, ctx, next, item.content.steps, calendar, now);
          await notifyApplicant(trx, ctx, next, 'case.deemed_accepted', { dueDate: next.dueAt ? localDateOf(next.dueAt) : receivedOn });
        },
      };
    });
  }
  return ids.length;
}
