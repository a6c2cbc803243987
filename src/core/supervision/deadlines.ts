/**
 * The periods supervision itself sets (DOMAIN.md §7 is silent on their length; docs/supervision.md): the
 * written explanation of an overdue record (超时原因说明) and the reply to an urge (催办). Both are
 * counted like every legal period, in workdays from the day after the event (民法典 第二百零一条).
 */
import type { Calendar, LocalDate } from '../calendar/index.js';
import { localDateOf, periodClock, toEpochMs, type DueClock, type InstantInput } from '../clock/index.js';

/** Workdays the handler has to explain an overdue record in writing. */
export const EXPLANATION_WORKDAYS = 3;
/** Workdays to reply to an urge when the supervisor names none, and the most they may name. */
export const DEFAULT_REPLY_WORKDAYS = 3;
export const MAX_REPLY_WORKDAYS = 20;

/** When the explanation of a record opened at `openedAt` is due. */
export function explanationClock(calendar: Calendar, openedAt: InstantInput): DueClock {
  return periodClock(calendar, localDateOf(openedAt), EXPLANATION_WORKDAYS);
}

/** When the reply to an urge made at `urgedAt` is due. */
export function replyClock(calendar: Calendar, urgedAt: InstantInput, workdays: number = DEFAULT_REPLY_WORKDAYS): DueClock {
  return periodClock(calendar, localDateOf(urgedAt), workdays);
}

/** The first day a clock due at `dueAt` is overdue: the day after the due date (a report counts it there). */
export function firstOverdueDay(dueAt: InstantInput): LocalDate {
  return localDateOf(toEpochMs(dueAt) + 1);
}

/** Where an overdue record's written explanation stands. */
export const EXPLANATION_STATUSES = ['awaiting', 'late', 'explained'] as const;
export type ExplanationStatus = (typeof EXPLANATION_STATUSES)[number];

/** awaiting until its deadline, then late (itself a lapse supervision sees), explained once written. */
export function explanationStatus(record: { explainedAt: string | null; explanationDueAt: InstantInput }, now: InstantInput): ExplanationStatus {
  if (record.explainedAt !== null) return 'explained';
  return toEpochMs(now) > toEpochMs(record.explanationDueAt) ? 'late' : 'awaiting';
}

/** Whether an explanation came in after its deadline (the report shows it). */
export function explainedLate(record: { explainedAt: string | null; explanationDueAt: InstantInput }): boolean {
  return record.explainedAt !== null && toEpochMs(record.explainedAt) > toEpochMs(record.explanationDueAt);
}
