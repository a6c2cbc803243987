/**
 * Warning levels of a clock (DOMAIN.md §5): red once overdue, yellow when few workdays remain. Each level
 * also maps to an instant (`warningInstants`), so stored cases can be filtered by level with a plain
 * comparison instead of being computed one by one.
 */
import {
  addDays,
  remainingWorkdays,
  subtractWorkdays,
  type Calendar,
  type LocalDate,
} from '../calendar/index.js';
import { endOfDay, localDateOf, startOfDay, toEpochMs, type Instant, type InstantInput } from './instant.js';

/** Every warning level, for schemas. */
export const WARNING_LEVELS = ['none', 'yellow', 'red'] as const;
/** A warning level. */
export type WarningLevel = (typeof WARNING_LEVELS)[number];

/**
 * The default yellow threshold: max(1, ceil(budget / 3)) workdays, budget = promisedDays + extensionDays.
 * 行政许可法 第四十二条 (the budget is the promised period plus any extension).
 */
export function defaultYellowThreshold(budget: number): number {
  return Math.max(1, Math.ceil(budget / 3));
}

/** The yellow threshold of a case: the item's own setting if any, else the default for its budget. */
export function yellowThreshold(input: { promisedDays: number; extensionDays?: number; override?: number | null }): number {
  return input.override ?? defaultYellowThreshold(input.promisedDays + (input.extensionDays ?? 0));
}

/** A clock's warning level, with the workdays remaining today. */
export interface Warning {
  readonly level: WarningLevel;
  readonly remainingWorkdays: number;
  readonly calendarIncomplete: boolean;
}

/**
 * red when now > end of the due date; yellow when not overdue and the workdays W with today ≤ W ≤ due
 * number at most the threshold; none otherwise.
 * 行政许可法 第八十二条: remaining time is counted in workdays.
 */
export function warningLevel(calendar: Calendar, now: InstantInput, dueDate: LocalDate, threshold: number): Warning {
  const remaining = remainingWorkdays(calendar, localDateOf(now), dueDate);
  const overdue = toEpochMs(now) > toEpochMs(endOfDay(dueDate));
  const level = overdue ? 'red' : remaining.workdays <= threshold ? 'yellow' : 'none';
  return { level, remainingWorkdays: remaining.workdays, calendarIncomplete: remaining.calendarIncomplete };
}

/** The instants a clock turns yellow and red, to store beside dueAt. */
export interface WarningInstants {
  readonly yellowAt: Instant;
  readonly dueAt: Instant;
  readonly calendarIncomplete: boolean;
}

/**
 * When a clock turns yellow (start of the first day whose remaining workdays ≤ threshold) and red
 * (after dueAt). Then `levelAt(now, instants)` equals `warningLevel(…).level` for every `now`.
 */
export function warningInstants(calendar: Calendar, dueDate: LocalDate, threshold: number): WarningInstants {
  // Remaining(T) ≤ k exactly when T is after the (k+1)-th workday counted back from the due date.
  const cutoff = subtractWorkdays(calendar, addDays(dueDate, 1), threshold + 1);
  const yellowDate = addDays(cutoff.date, 1);
  return { yellowAt: startOfDay(yellowDate), dueAt: endOfDay(dueDate), calendarIncomplete: cutoff.calendarIncomplete };
}

/** The warning level at `now` from stored instants: red after dueAt, yellow from yellowAt. */
export function levelAt(now: InstantInput, instants: { yellowAt: InstantInput; dueAt: InstantInput }): WarningLevel {
  const t = toEpochMs(now);
  if (t > toEpochMs(instants.dueAt)) return 'red';
  return t >= toEpochMs(instants.yellowAt) ? 'yellow' : 'none';
}
