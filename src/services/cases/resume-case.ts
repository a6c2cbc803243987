import { parseLocalDate, type Calendar, type LocalDate } from '../../core/calendar/index.js';
import type { Case } from '../../core/cases/case.js';
import { shiftedStepClock, type SuspensionKind } from '../../core/cases/case-suspension.js';
import { localDateOf } from '../../core/clock/index.js';
import { DomainError, invalidFields } from '../../core/errors.js';
import { moveTaskClock } from '../../store/repositories/task-clock-repository.js';
import { listCaseTasks, taskFromRow } from '../../store/repositories/task-repository.js';
import type { Ctx, Trx } from '../context.js';
import { loadItemVersion } from './case-item.js';
import { changeCase } from './change-case.js';
import { endSuspension } from './end-suspension.js';
import { notifyApplicant } from './notify-applicant.js';

/** Optional words on resuming; `kind`, if given, must name the open suspension. */
export interface ResumeInput {
  readonly reason?: string | undefined;
  readonly kind?: SuspensionKind | undefined;
}

/** Moves the step clocks of the case's open and claimed tasks by the workdays the suspension took from them. */
async function shiftStepClocks(trx: Trx, c: Case, suspension: { from: LocalDate; to: LocalDate }, calendar: Calendar, now: string): Promise<void> {
  const steps = (await loadItemVersion(trx, c.itemVersionId)).content.steps;
  for (const task of (await listCaseTasks(trx, c.id)).map(taskFromRow)) {
    if (task.status !== 'open' && task.status !== 'claimed') continue;
    const shifted = shiftedStepClock(calendar, task.stepStartedOn, suspension, steps.find((s) => s.key === task.stepKey)?.workdays ?? 0);
    if (shifted && !(await moveTaskClock(trx, task.id, task.status, shifted, now))) throw new DomainError('request.conflict');
  }
}

/**
 * Resumes a suspended case (行政许可法 第四十五条): the suspension closes today, and the decision clock (due,
 * statutory due, warning instants) and the step clocks of open tasks move by exactly the workdays W with
 * pauseDate ≤ W < today (DOMAIN.md §5; pausing and resuming the same day costs nothing). The applicant is told
 * (`case.resumed`, with the moved conclusion date).
 */
export function resumeCase(ctx: Ctx, caseId: string, input: ResumeInput = {}) {
  return changeCase(ctx, caseId, 'resume', { roles: ['handler', 'approver'] }, async (current, calendar, now, trx) => {
    const today = parseLocalDate(localDateOf(now));
    const ended = await endSuspension(trx, calendar, current, today);
    const { open, cost } = ended;
    if (input.kind !== undefined && input.kind !== open.kind) throw invalidFields([{ field: 'kind', code: 'enum', params: { allowed: open.kind } }]);
    const next: Case = { ...current, ...ended.clock };
    if (!next.dueAt) throw new DomainError('internal');
    const dueDate = localDateOf(next.dueAt);
    const reason = input.reason?.trim() || null;
    return {
      next,
      details: { suspensionId: open.id, kind: open.kind, suspendedWorkdays: cost, dueAt: next.dueAt, ...(reason && { reason }) },
      also: async (trx) => {
        await ended.close(trx, { at: now, by: ctx.actor?.userId ?? '', reason });
        await shiftStepClocks(trx, current, { from: open.pausedOn, to: today }, calendar, now);
        // Resumption is news to the applicant too: the clock runs again and the promised date has moved.
        await notifyApplicant(trx, ctx, next, 'case.resumed', { dueDate });
      },
    };
  });
}
