import { parseLocalDate } from '../../core/calendar/index.js';
import {
  expectedSuspensionEnd, storedDecisionClock, suspensionStage, type CaseSuspension, type SuspensionKind,
} from '../../core/cases/case-suspension.js';
import { localDateOf } from '../../core/clock/index.js';
import { insertSuspension, listCaseSuspensions, suspensionFromRow } from '../../store/repositories/case-clock-repository.js';
import type { Ctx } from '../context.js';
import { changeCase } from './change-case.js';
import { notifyApplicant } from './notify-applicant.js';

/** What the handler or approver states: which Art. 45 procedure, why, and (if known) for how long. */
export interface SuspendInput {
  readonly kind: SuspensionKind;
  readonly reason: string;
  readonly expectedWorkdays?: number | undefined;
}

/**
 * Suspends a case's decision clock for a procedure of 行政许可法 第四十五条 (听证、招标、拍卖、检验、检测、检疫、
 * 鉴定、专家评审). The due dates move when it resumes; meanwhile the case warns only if the suspension outlasts
 * its expected length. The applicant is told in writing (the suspension notice, and a notification).
 */
export function suspendCase(ctx: Ctx, caseId: string, input: SuspendInput) {
  return changeCase(ctx, caseId, 'suspend', { roles: ['handler', 'approver'] }, async (current, calendar, now, trx) => {
    const today = parseLocalDate(localDateOf(now));
    const suspension: CaseSuspension = {
      id: ctx.newId(), kind: input.kind, reason: input.reason.trim(), pausedOn: today, resumedOn: null,
      expectedWorkdays: input.expectedWorkdays ?? null,
    };
    const earlier = (await listCaseSuspensions(trx, caseId)).map(suspensionFromRow);
    const next = { ...current, ...storedDecisionClock(calendar, current, [...earlier, suspension], today) };
    const expectedEnd = suspension.expectedWorkdays === null ? null : expectedSuspensionEnd(calendar, today, suspension.expectedWorkdays).date;
    return {
      next,
      details: { suspensionId: suspension.id, kind: suspension.kind, reason: suspension.reason, expectedWorkdays: suspension.expectedWorkdays, expectedEndDate: expectedEnd },
      also: async (trx) => {
        await insertSuspension(trx, {
          id: suspension.id, case_id: caseId, kind: suspension.kind, reason: suspension.reason, paused_on: today, paused_at: now,
          paused_by: ctx.actor?.userId ?? '', expected_workdays: suspension.expectedWorkdays, expected_end_at: suspensionStage(calendar, suspension).redAt,
          resumed_on: null, resumed_at: null, resumed_by: null, resume_reason: null, suspended_workdays: null,
        });
        await notifyApplicant(trx, ctx, next, 'case.suspended', {});
      },
    };
  });
}
