/**
 * Fixed-length clocks: a number of workdays from the date of an event, ending at the end of the last
 * workday (行政许可法 第八十二条; 民法典 第二百零一条: the event's own day is not counted).
 */
import { addWorkdays, type Calendar, type LocalDate } from '../calendar/index.js';
import { endOfDay, type Instant } from './instant.js';

/** When a clock runs out: the due date, the instant it ends, and whether the calendar was incomplete. */
export interface DueClock {
  readonly dueDate: LocalDate;
  readonly dueAt: Instant;
  readonly calendarIncomplete: boolean;
}

/** Workdays to tell an applicant everything to correct; afterwards the application counts as accepted. */
export const ACCEPTANCE_DAYS = 5;
/** Workdays to issue and deliver the license after a grant. */
export const DELIVERY_DAYS = 10;

/** A clock of `days` workdays from an event on `startOn`. */
export function periodClock(calendar: Calendar, startOn: LocalDate, days: number): DueClock {
  const { date, calendarIncomplete } = addWorkdays(calendar, startOn, days);
  return { dueDate: date, dueAt: endOfDay(date), calendarIncomplete };
}

/**
 * The acceptance clock, from the date the materials were received.
 * 行政许可法 第三十二条: tell all corrections within 5 days of receipt, or the application is accepted.
 */
export function acceptanceClock(calendar: Calendar, receivedOn: LocalDate): DueClock {
  return periodClock(calendar, receivedOn, ACCEPTANCE_DAYS);
}

/**
 * The delivery clock, from the date of the grant.
 * 行政许可法 第四十四条: issue and deliver the license within 10 days of the decision to grant.
 */
export function deliveryClock(calendar: Calendar, grantedOn: LocalDate): DueClock {
  return periodClock(calendar, grantedOn, DELIVERY_DAYS);
}

/**
 * A workflow step's clock, from the date its task was created, for the step's limit in workdays.
 * 行政许可法 第八十二条: counted in workdays like the statutory periods (DOMAIN.md §5, step clocks).
 */
export function stepClock(calendar: Calendar, createdOn: LocalDate, limitDays: number): DueClock {
  return periodClock(calendar, createdOn, limitDays);
}
