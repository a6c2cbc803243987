import { addDays, type LocalDate } from '../calendar/index.js';
import { localDateOf } from '../clock/index.js';
import { DomainError, type FieldError } from '../errors.js';
import { clockTimeOf, instantOf, isClockTime, minutesOf } from './opening-hours.js';

/**
 * Appointments (预约, docs/hall.md "Appointments"). A slot is a category's period of a day with a
 * capacity. The applicant may change or cancel until the slot starts; checks in from
 * CHECK_IN_EARLY_MINUTES before its start until its end, and then holds a priority ticket. An
 * appointment neither cancelled nor checked in by the slot's end is a no-show; NO_SHOW_LIMIT no-shows
 * within NO_SHOW_LOOKBACK_DAYS suspend booking until the latest one is that old (爽约限制).
 */
export const CHECK_IN_EARLY_MINUTES = 30;
export const NO_SHOW_LIMIT = 3;
export const NO_SHOW_LOOKBACK_DAYS = 90;

export type StoredAppointmentStatus = 'booked' | 'cancelled' | 'checked_in';
export type AppointmentStatus = StoredAppointmentStatus | 'no_show';

export interface AppointmentTimes {
  readonly day: LocalDate;
  readonly startTime: string;
  readonly endTime: string;
}

/** The status as shown: a booked appointment whose slot has ended is a no-show. */
export function appointmentStatus(stored: StoredAppointmentStatus, times: AppointmentTimes, now: string): AppointmentStatus {
  return stored === 'booked' && Date.parse(now) >= Date.parse(instantOf(times.day, times.endTime)) ? 'no_show' : stored;
}

/** Throws unless a booked appointment may still be changed or cancelled (before its slot starts). */
export function requireChangeable(stored: StoredAppointmentStatus, times: AppointmentTimes, now: string): void {
  if (stored !== 'booked') throw new DomainError('hall.appointment_state', { status: stored });
  if (Date.parse(now) >= Date.parse(instantOf(times.day, times.startTime))) throw new DomainError('hall.appointment_started');
}

/** Throws unless the appointment may be checked in now. */
export function requireCheckInTime(stored: StoredAppointmentStatus, times: AppointmentTimes, now: string): void {
  const status = appointmentStatus(stored, times, now);
  if (status !== 'booked') throw new DomainError('hall.appointment_state', { status });
  const opens = Date.parse(instantOf(times.day, times.startTime)) - CHECK_IN_EARLY_MINUTES * 60_000;
  if (Date.parse(now) < opens) {
    throw new DomainError('hall.check_in_early', { from: clockTimeOf(minutesOf(times.startTime) - CHECK_IN_EARLY_MINUTES) });
  }
}

/** Whether a slot may still be booked: it has not started yet. */
export function isBookable(times: AppointmentTimes, now: string): boolean {
  return Date.parse(now) < Date.parse(instantOf(times.day, times.startTime));
}

/** The first day no-shows are counted from, for booking on `now`'s date. */
export function noShowWindowStart(now: string): LocalDate {
  return addDays(localDateOf(now), -NO_SHOW_LOOKBACK_DAYS);
}

/** Throws when the applicant's recent no-shows suspend booking. */
export function requireMayBook(recentNoShows: number): void {
  if (recentNoShows >= NO_SHOW_LIMIT) throw new DomainError('hall.booking_suspended', { count: recentNoShows, days: NO_SHOW_LOOKBACK_DAYS });
}

/** A slot's period of the day, `HH:MM`–`HH:MM`. */
export interface SlotTime {
  readonly start: string;
  readonly end: string;
}

/** Every bad slot time at once: not `HH:MM`, or not ending after it starts. */
export function slotTimeProblems(times: readonly SlotTime[]): FieldError[] {
  return times.flatMap((time, i): FieldError[] => {
    if (!isClockTime(time.start)) return [{ field: `times[${i}].start`, code: 'format' }];
    if (!isClockTime(time.end)) return [{ field: `times[${i}].end`, code: 'format' }];
    return minutesOf(time.end) > minutesOf(time.start) ? [] : [{ field: `times[${i}].end`, code: 'time_order' }];
  });
}

/** The slot times that lie wholly within one of a day's opening periods: a slot is never offered while the hall is shut. */
export function slotTimesWithin(times: readonly SlotTime[], opening: readonly { open: string; close: string }[]): SlotTime[] {
  return times.filter((t) => opening.some((o) => minutesOf(o.open) <= minutesOf(t.start) && minutesOf(t.end) <= minutesOf(o.close)));
}
