/**
 * The decision clock of a case: promised and statutory due dates from the acceptance date, moved by an
 * extension and by suspensions. Both are stored on the case and recomputed whenever the clock changes.
 */
import { invalidFields, type FieldError } from '../errors.js';
import { addWorkdays, type Calendar, type LocalDate } from '../calendar/index.js';
import { endOfDay, type Instant } from './instant.js';
import { suspendedWorkdays, type Suspension } from './suspension.js';

/** What the decision clock is computed from. */
export interface DecisionClockInput {
  readonly acceptedOn: LocalDate;
  readonly promisedDays: number;
  readonly statutoryDays: number;
  readonly extensionDays?: number;
  readonly suspensions?: readonly Suspension[];
  /** Today's date in Asia/Shanghai; open suspensions count through it. */
  readonly today: LocalDate;
}

/** The decision clock: promised (dueAt) and statutory due instants and dates, and the workdays suspended. */
export interface DecisionClock {
  readonly dueAt: Instant;
  readonly dueDate: LocalDate;
  readonly statutoryDueAt: Instant;
  readonly statutoryDueDate: LocalDate;
  readonly suspendedWorkdays: number;
  readonly calendarIncomplete: boolean;
}

function checkCounts(input: DecisionClockInput): void {
  const fields: FieldError[] = [];
  for (const field of ['promisedDays', 'statutoryDays', 'extensionDays'] as const) {
    const value = input[field] ?? 0;
    if (!Number.isSafeInteger(value) || value < 0) fields.push({ field, code: 'minimum', params: { limit: 0 } });
  }
  if (fields.length > 0) throw invalidFields(fields);
}

/**
 * dueAt = end of workday number (promisedDays + extensionDays + suspendedWorkdays) after acceptance;
 * statutoryDueAt likewise with statutoryDays, since the extension and suspensions move the legal limit too.
 * 行政许可法 第四十二条: decide within 20 workdays of acceptance; the head may extend once by 10.
 */
export function decisionClock(calendar: Calendar, input: DecisionClockInput): DecisionClock {
  checkCounts(input);
  const extension = input.extensionDays ?? 0;
  const suspended = suspendedWorkdays(calendar, input.acceptedOn, input.suspensions ?? [], input.today);
  const due = addWorkdays(calendar, input.acceptedOn, input.promisedDays + extension + suspended.workdays);
  const statutory = addWorkdays(calendar, input.acceptedOn, input.statutoryDays + extension + suspended.workdays);
  return {
    dueAt: endOfDay(due.date),
    dueDate: due.date,
    statutoryDueAt: endOfDay(statutory.date),
    statutoryDueDate: statutory.date,
    suspendedWorkdays: suspended.workdays,
    calendarIncomplete: suspended.calendarIncomplete || due.calendarIncomplete || statutory.calendarIncomplete,
  };
}
