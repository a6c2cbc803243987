import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../calendar/index.js';
import { DomainError } from '../errors.js';
import { appointmentStatus, requireChangeable, requireCheckInTime } from './appointments.js';
import { instantOf, isOpenAt, openingHoursProblems, openingOn, type OpeningRange } from './opening-hours.js';
import { callTicket, finishTicket, recallTicket, skipTicket, transferTicket } from './ticket-rules.js';
import type { Ticket } from './types.js';
import { estimateWaitMinutes } from './wait-estimate.js';

const code = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'other';
  }
  return null;
};

describe('opening hours', () => {
  const week: OpeningRange[] = [
    ...([1, 2, 3, 4, 5] as const).flatMap((weekday) => [{ weekday, open: '09:00', close: '12:00' }, { weekday, open: '13:30', close: '17:00' }]),
    { weekday: 6, open: '09:00', close: '12:00' },
  ];

  it('reports bad times, reversed periods and overlaps all at once', () => {
    expect(openingHoursProblems([{ weekday: 1, open: '9:00', close: '12:00' }, { weekday: 2, open: '12:00', close: '11:00' }])).toEqual([
      { field: 'hours[0].open', code: 'format' }, { field: 'hours[1].close', code: 'time_order' },
    ]);
    expect(openingHoursProblems([{ weekday: 1, open: '09:00', close: '12:00' }, { weekday: 1, open: '11:00', close: '13:00' }, { weekday: 2, open: '11:00', close: '13:00' }]))
      .toEqual([{ field: 'hours[1]', code: 'hours_overlap' }]);
    expect(openingHoursProblems(week)).toEqual([]);
  });

  it('follows the calendar: closed on holidays, Monday hours on an adjusted workday, weekend hours on weekends', () => {
    // 2026-02-14 is a Saturday made a workday (春节调休); 2026-02-16 a Monday of the holiday.
    expect(openingOn(week, parseLocalDate('2026-02-14'), 'adjusted_workday')).toHaveLength(2);
    expect(openingOn(week, parseLocalDate('2026-02-16'), 'holiday')).toEqual([]);
    expect(openingOn(week, parseLocalDate('2026-03-07'), 'weekend')).toEqual([{ open: '09:00', close: '12:00' }]);
    expect(openingOn(week, parseLocalDate('2026-03-08'), 'weekend')).toEqual([]);
  });

  it('is open from the opening minute up to, not including, the closing one', () => {
    const at = (time: string) => isOpenAt(week, instantOf(parseLocalDate('2026-03-02'), time), 'workday');
    expect([at('08:59'), at('09:00'), at('11:59'), at('12:00'), at('13:30'), at('16:59'), at('17:00')]).toEqual([false, true, true, false, true, true, false]);
  });
});

describe('estimated wait', () => {
  it('uses the last hour\'s throughput once three tickets were closed, else set minutes over the windows', () => {
    expect(estimateWaitMinutes({ ahead: 0, closedRecently: 10, serviceMinutes: 10, windows: 2 })).toBe(0);
    // 12 closed in 60 min: 5 min a ticket; 3 ahead → 15.
    expect(estimateWaitMinutes({ ahead: 3, closedRecently: 12, serviceMinutes: 10, windows: 2 })).toBe(15);
    // 2 closed is too few: 10 min over 2 windows → 5 a ticket; 3 ahead → 15; 7 min over 2 windows: ceil(3 × 3.5) = 11.
    expect(estimateWaitMinutes({ ahead: 3, closedRecently: 2, serviceMinutes: 10, windows: 2 })).toBe(15);
    expect(estimateWaitMinutes({ ahead: 3, closedRecently: 0, serviceMinutes: 7, windows: 2 })).toBe(11);
    expect(estimateWaitMinutes({ ahead: 2, closedRecently: 0, serviceMinutes: 7, windows: 0 })).toBe(14);
  });
});

describe('a ticket at a window', () => {
  const waiting: Ticket = {
    id: 't1', hallId: 'h', categoryId: 'a', originCategoryId: 'a', day: parseLocalDate('2026-03-02'), seq: 1, number: 'A001', priority: 'none',
    channel: 'kiosk', appointmentId: null, status: 'waiting', takenAt: '2026-03-02T01:00:00.000Z', queuedAt: '2026-03-02T01:00:00.000Z',
    firstCalledAt: null, calledAt: null, callCount: 0, windowId: null, clerkId: null, finishedAt: null, caseId: null, transfers: 0,
  };
  const called = callTicket(waiting, '2026-03-02T01:10:00.000Z', 'w1', 'c1');

  it('is called, recalled up to N calls, then skipped as a no-show', () => {
    expect(called).toMatchObject({ status: 'called', callCount: 1, windowId: 'w1', firstCalledAt: '2026-03-02T01:10:00.000Z' });
    const twice = recallTicket(called, '2026-03-02T01:11:00.000Z', 'w1', 3);
    const thrice = recallTicket(twice, '2026-03-02T01:12:00.000Z', 'w1', 3);
    expect(code(() => recallTicket(thrice, '2026-03-02T01:13:00.000Z', 'w1', 3))).toBe('hall.call_limit');
    expect(skipTicket(thrice, '2026-03-02T01:13:00.000Z', 'w1', 3)).toMatchObject({ status: 'no_show', finishedAt: '2026-03-02T01:13:00.000Z' });
  });

  it('skipped before N calls goes to the back of the queue, keeping its calls and its first call', () => {
    const skipped = skipTicket(called, '2026-03-02T01:11:00.000Z', 'w1', 3);
    expect(skipped).toMatchObject({ status: 'waiting', queuedAt: '2026-03-02T01:11:00.000Z', callCount: 1, windowId: null, firstCalledAt: '2026-03-02T01:10:00.000Z' });
    expect(callTicket(skipped, '2026-03-02T01:20:00.000Z', 'w2', 'c2')).toMatchObject({ callCount: 2, firstCalledAt: '2026-03-02T01:10:00.000Z' });
  });

  it('is transferred keeping its place in time and its number, and finished with a case', () => {
    const moved = transferTicket(called, 'w1', 'b');
    expect(moved).toMatchObject({ status: 'waiting', categoryId: 'b', originCategoryId: 'a', number: 'A001', queuedAt: waiting.queuedAt, callCount: 0, transfers: 1 });
    expect(code(() => transferTicket(called, 'w1', 'a'))).toBe('hall.same_category');
    expect(finishTicket(called, '2026-03-02T01:25:00.000Z', 'w1', 'c1', 'case-1')).toMatchObject({ status: 'finished', caseId: 'case-1' });
  });

  it('refuses actions from another window or in the wrong state', () => {
    expect(code(() => finishTicket(called, '2026-03-02T01:25:00.000Z', 'w2', 'c2', null))).toBe('hall.other_window');
    expect(code(() => finishTicket(waiting, '2026-03-02T01:25:00.000Z', 'w1', 'c1', null))).toBe('hall.ticket_state');
    expect(code(() => callTicket(called, '2026-03-02T01:25:00.000Z', 'w2', 'c2'))).toBe('hall.ticket_state');
  });
});

describe('appointments', () => {
  const times = { day: parseLocalDate('2026-03-02'), startTime: '10:00', endTime: '10:30' };
  const at = (time: string) => instantOf(times.day, time);

  it('may be changed until the slot starts, checked in from 30 minutes before it until its end, then is a no-show', () => {
    expect(code(() => requireChangeable('booked', times, at('09:59')))).toBeNull();
    expect(code(() => requireChangeable('booked', times, at('10:00')))).toBe('hall.appointment_started');
    expect(code(() => requireCheckInTime('booked', times, at('09:29')))).toBe('hall.check_in_early');
    expect(code(() => requireCheckInTime('booked', times, at('09:30')))).toBeNull();
    expect(code(() => requireCheckInTime('booked', times, at('10:29')))).toBeNull();
    expect(code(() => requireCheckInTime('booked', times, at('10:30')))).toBe('hall.appointment_state');
    expect(appointmentStatus('booked', times, at('10:30'))).toBe('no_show');
    expect(appointmentStatus('cancelled', times, at('10:30'))).toBe('cancelled');
  });
});
