import { addWorkdays, parseLocalDate } from '../../core/calendar/index.js';
import { localDateOf, startOfDay } from '../../core/clock/index.js';
import { caseFromRow, dueCaseIds, saveCase, unremindedCaseIds } from '../../store/repositories/case-repository.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import type { Deps } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { changeCase } from './change-case.js';
import { notifyApplicant } from './notify-applicant.js';

/** Workdays before the supplement period ends when the applicant is reminded. */
export const REMINDER_WORKDAYS = 3;

/** Reminds applicants whose supplement period ends within REMINDER_WORKDAYS, once each. */
export async function remindUnsupplied(deps: Deps): Promise<number> {
  const ctx = { ...deps, actor: null, ip: null };
  const calendar = await currentCalendar(deps);
  const now = nowIso(deps);
  // Remaining workdays (today..due) ≤ k exactly when the due date is before the (k+1)-th workday from today.
  const firstWorkday = addWorkdays(calendar, parseLocalDate(localDateOf(now)), 0).date;
  const horizon = startOfDay(addWorkdays(calendar, firstWorkday, REMINDER_WORKDAYS).date);
  let reminded = 0;
  for (const id of await unremindedCaseIds(deps.store.db, horizon)) {
    reminded += await inTransaction(ctx, async (trx) => {
      const row = await ctx.store.dialect.forUpdate(trx.selectFrom('cases').selectAll().where('id', '=', id)).executeTakeFirstOrThrow();
      const current = caseFromRow(row);
      if (current.supplementRemindedAt || current.status !== 'correction_required' || !current.supplementDueAt) return 0;
      await saveCase(trx, { ...current, supplementRemindedAt: now }, now);
      await notifyApplicant(trx, ctx, current, 'case.abandoned_reminder', { dueDate: localDateOf(current.supplementDueAt) });
      return 1;
    });
  }
  return reminded;
}

/** Ends as `abandoned` the cases whose applicant did not supplement within the notice's period (DOMAIN.md §4). */
export async function abandonUnsupplied(deps: Deps): Promise<number> {
  const ctx = { ...deps, actor: null, ip: null };
  const ids = await dueCaseIds(deps.store.db, 'correction_required', 'supplement_due_at', nowIso(deps));
  for (const id of ids) {
    await changeCase(ctx, id, 'abandon', 'system', (current, _calendar, now) => {
      const next = { ...current, closedAt: now };
      return { next, details: { supplementDueAt: current.supplementDueAt }, also: (trx) => notifyApplicant(trx, ctx, next, 'case.abandoned', {}) };
    });
  }
  return ids.length;
}
