/**
 * Suspension of a case's decision clock (特别程序, 行政许可法 第四十五条): the procedures whose time does not
 * count, the warning a suspension raises when it outlasts its expected length, the clock a case stores while
 * suspended and after it resumes, and how a suspension moves the step clocks of open tasks (docs/workflow.md,
 * "Suspension, extension and signing later").
 */
import { addDays, addWorkdays, nextWorkdayOnOrAfter, parseLocalDate, remainingWorkdays, type Calendar, type LocalDate } from '../calendar/index.js';
import { endOfDay, levelAt, localDateOf, suspendedWorkdays, type WarningLevel } from '../clock/index.js';
import { DomainError } from '../errors.js';
import { taskDue } from '../workflow/index.js';
import type { Case } from './case.js';
import { decisionStage, NO_CLOCK, type StageClock } from './case-clocks.js';

/**
 * 行政许可法 第四十五条: "依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在本节规定的期限内。"
 * The list is closed: no other reason stops the clock. Codes are stable; labels are for people.
 */
export const SUSPENSION_KINDS = [
  { code: 'hearing', zh: '听证', en: 'hearing' },
  { code: 'tender', zh: '招标', en: 'tender' },
  { code: 'auction', zh: '拍卖', en: 'auction' },
  { code: 'inspection', zh: '检验', en: 'inspection' },
  { code: 'testing', zh: '检测', en: 'testing' },
  { code: 'quarantine', zh: '检疫', en: 'quarantine' },
  { code: 'appraisal', zh: '鉴定', en: 'appraisal' },
  { code: 'expert_review', zh: '专家评审', en: 'expert review' },
] as const;
export type SuspensionKind = (typeof SUSPENSION_KINDS)[number]['code'];
export const SUSPENSION_KIND_CODES: readonly SuspensionKind[] = SUSPENSION_KINDS.map((k) => k.code);

/** One suspension of a case: paused on `pausedOn`, open until `resumedOn` is set. */
export interface CaseSuspension {
  readonly id: string;
  readonly kind: SuspensionKind;
  readonly reason: string;
  readonly pausedOn: LocalDate;
  readonly resumedOn: LocalDate | null;
  /** The length the applicant was told, in workdays; null when it could not be foreseen. */
  readonly expectedWorkdays: number | null;
}

/**
 * The last workday of the expected length: the N-th workday counted from the pause date itself (DOMAIN.md §5
 * counts the pause date as suspended when it is a workday). Resuming on the next day costs exactly N.
 */
export function expectedSuspensionEnd(calendar: Calendar, pausedOn: LocalDate, expectedWorkdays: number) {
  return addWorkdays(calendar, nextWorkdayOnOrAfter(calendar, pausedOn).date, expectedWorkdays - 1);
}

/**
 * The clock a case runs while suspended: none, except that a suspension still open after its expected
 * length is overdue (red) from the end of its last expected workday. There is no yellow phase: the law
 * sets no limit here, the warning only says the applicant's notice no longer holds (DOMAIN.md §5).
 */
export function suspensionStage(calendar: Calendar, s: Pick<CaseSuspension, 'pausedOn' | 'expectedWorkdays'>): StageClock {
  if (s.expectedWorkdays === null) return NO_CLOCK;
  const end = endOfDay(expectedSuspensionEnd(calendar, s.pausedOn, s.expectedWorkdays).date);
  return { yellowAt: end, redAt: end };
}

/** The clock fields a running or suspended case stores. */
export type StoredDecisionClock = Pick<Case, 'dueAt' | 'statutoryDueAt' | 'suspendedWorkdays' | 'yellowAt' | 'redAt'>;

/**
 * The decision clock a case stores, given all its suspensions: due dates count the closed suspensions only
 * (an open one moves them when it resumes, ALL Art. 45), and while one is open the warning instants are the
 * suspension's, since the decision clock stands still.
 */
export function storedDecisionClock(
  calendar: Calendar, c: Pick<Case, 'acceptedOn' | 'promisedDays' | 'statutoryDays' | 'extensionDays' | 'yellowThreshold'>,
  suspensions: readonly CaseSuspension[], today: LocalDate,
): StoredDecisionClock {
  if (c.acceptedOn === null) throw new DomainError('internal');
  const closed: { from: LocalDate; to: LocalDate }[] = suspensions.flatMap((s) => (s.resumedOn === null ? [] : [{ from: s.pausedOn, to: s.resumedOn }]));
  const stage = decisionStage(calendar, c, parseLocalDate(c.acceptedOn), today, closed);
  const open = suspensions.find((s) => s.resumedOn === null);
  const warn = open ? suspensionStage(calendar, open) : stage;
  return {
    dueAt: stage.dueAt ?? null, statutoryDueAt: stage.statutoryDueAt ?? null, suspendedWorkdays: stage.suspendedWorkdays ?? 0,
    yellowAt: warn.yellowAt, redAt: warn.redAt,
  };
}

/**
 * A step clock after a suspension: the workdays suspended after the step started (from ≤ W < to, W after
 * the start day, as ALL Art. 45 and DOMAIN.md §5 count them) are added to its start, so the due and yellow
 * instants, and the clock of any task handed on from it later, move by exactly those workdays (the due is the
 * lost-th workday after the old due).
 * Null when the suspension cost the step nothing.
 */
export function shiftedStepClock(
  calendar: Calendar, stepStartedOn: LocalDate, suspension: { from: LocalDate; to: LocalDate }, stepWorkdays: number,
): { stepStartedOn: LocalDate; dueAt: string; yellowAt: string } | null {
  const lost = suspendedWorkdays(calendar, stepStartedOn, [suspension], suspension.to).workdays;
  if (lost === 0) return null;
  // A 0-workday step is due on its start day, or the next workday when it started on a rest day: its start moves
  // from that workday, or the due would move one workday short.
  const from = stepWorkdays === 0 ? nextWorkdayOnOrAfter(calendar, stepStartedOn).date : stepStartedOn;
  const start = addWorkdays(calendar, from, lost).date;
  const due = taskDue(calendar, { stepStartedOn: start }, stepWorkdays);
  return { stepStartedOn: start, dueAt: due.dueAt, yellowAt: due.yellowAt };
}

/** An active task's step clock as a list shows it today. */
export interface StepClockView {
  readonly warning: WarningLevel;
  readonly remainingWorkdays: number;
}

/**
 * An active task's step clock as lists show it at `now`. While its case is suspended (`pausedOn`: the open
 * suspension's pause date) the clock stands still (ALL Art. 45): the stored instants move only on resume, so
 * it warns nothing, and it keeps the workdays it had left when the suspension began to take from it (the
 * first day after the step's start day that is not before the pause) — what it has left again on resume,
 * since `shiftedStepClock` adds back exactly the workdays taken.
 */
export function stepClockView(
  calendar: Calendar, now: string, task: { stepStartedOn: LocalDate; yellowAt: string; dueAt: string }, pausedOn: LocalDate | null,
): StepClockView {
  const due = parseLocalDate(localDateOf(task.dueAt));
  if (pausedOn === null) return { warning: levelAt(now, task), remainingWorkdays: remainingWorkdays(calendar, parseLocalDate(localDateOf(now)), due).workdays };
  const frozenOn = pausedOn > task.stepStartedOn ? pausedOn : addDays(task.stepStartedOn, 1);
  return { warning: 'none', remainingWorkdays: remainingWorkdays(calendar, frozenOn, due).workdays };
}
