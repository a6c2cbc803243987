import { parseLocalDate } from '../../core/calendar/index.js';
import type { Case } from '../../core/cases/case.js';
import { grantExtension } from '../../core/cases/case-extension.js';
import { storedDecisionClock } from '../../core/cases/case-suspension.js';
import { localDateOf } from '../../core/clock/index.js';
import { DomainError } from '../../core/errors.js';
import { findExtension, insertExtension, listCaseSuspensions, suspensionFromRow } from '../../store/repositories/case-clock-repository.js';
import type { Ctx } from '../context.js';
import { loadItemVersion } from './case-item.js';
import { changeCase } from './change-case.js';
import { notifyApplicant } from './notify-applicant.js';

/** The approver's extension: how many workdays, and the reason the applicant is told. */
export interface ExtendInput {
  readonly workdays: number;
  readonly reason: string;
}

/**
 * Extends the decision period (行政许可法 第四十二条): approvers only, once per case, within 10 workdays (15
 * for joint handling). The due and statutory due dates move; who approved is recorded; the applicant is
 * told the reason (the extension notice, and a notification with the new date).
 */
export function extendCase(ctx: Ctx, caseId: string, input: ExtendInput) {
  return changeCase(ctx, caseId, 'extend', { roles: ['approver'] }, async (current, calendar, now, trx) => {
    const item = await loadItemVersion(trx, current.itemVersionId);
    const previous = (await findExtension(trx, caseId)) !== undefined || current.extensionDays > 0 ? 1 : 0;
    const grant = grantExtension({ requestedDays: input.workdays, previousExtensions: previous, steps: item.content.steps });
    const today = parseLocalDate(localDateOf(now));
    const suspensions = (await listCaseSuspensions(trx, caseId)).map(suspensionFromRow);
    const extended = { ...current, extensionDays: grant.days };
    const next: Case = { ...extended, ...storedDecisionClock(calendar, extended, suspensions, today) };
    const originalDueAt = current.dueAt;
    const dueAt = next.dueAt;
    if (!originalDueAt || !dueAt) throw new DomainError('internal');
    const reason = input.reason.trim();
    return {
      next,
      details: { workdays: grant.days, reason, approval: grant.approval, previousDueAt: originalDueAt, dueAt },
      also: async (trx) => {
        await insertExtension(trx, {
          case_id: caseId, workdays: grant.days, limit_days: grant.limit, approval: grant.approval, reason, approved_by: ctx.actor?.userId ?? '',
          approved_at: now, original_due_at: originalDueAt, new_due_at: dueAt,
        });
        await notifyApplicant(trx, ctx, next, 'case.extended', { dueDate: localDateOf(dueAt) });
      },
    };
  });
}
