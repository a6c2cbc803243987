import type { Calendar, LocalDate } from '../../core/calendar/index.js';
import type { Case } from '../../core/cases/case.js';
import { storedDecisionClock, type CaseSuspension, type StoredDecisionClock } from '../../core/cases/case-suspension.js';
import { DomainError } from '../../core/errors.js';
import { closeSuspension, listCaseSuspensions, suspensionFromRow } from '../../store/repositories/case-clock-repository.js';
import type { Trx } from '../context.js';

/** A suspended case's open suspension as it ends today: the clock with it closed, and the workdays it cost. */
export interface EndedSuspension {
  readonly open: CaseSuspension;
  readonly clock: StoredDecisionClock;
  readonly cost: number;
  /** Writes the end into the suspension's record (in the caller's transaction). */
  readonly close: (trx: Trx, end: { at: string; by: string; reason: string | null }) => Promise<void>;
}

/**
 * Ends the open suspension of a suspended case today, whether it resumes or is withdrawn: it costs the
 * workdays W with pauseDate ≤ W < today (行政许可法 第四十五条, DOMAIN.md §5), so its record never stays open
 * on a case that no longer waits.
 */
export async function endSuspension(trx: Trx, calendar: Calendar, current: Case, today: LocalDate): Promise<EndedSuspension> {
  const suspensions = (await listCaseSuspensions(trx, current.id)).map(suspensionFromRow);
  const open = suspensions.find((s) => s.resumedOn === null);
  if (!open) throw new DomainError('internal');
  const closed = suspensions.map((s) => (s.id === open.id ? { ...s, resumedOn: today } : s));
  const clock = storedDecisionClock(calendar, current, closed, today);
  const cost = clock.suspendedWorkdays - current.suspendedWorkdays;
  return {
    open, clock, cost,
    close: (trx, end) => closeSuspension(trx, open.id, { resumedOn: today, resumedAt: end.at, resumedBy: end.by, reason: end.reason, suspendedWorkdays: cost }),
  };
}
