import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addWorkdays, officialCalendar, parseLocalDate } from '../calendar/index.js';
import { endOfDay, localDateOf, stepClock, suspendedWorkdays } from '../clock/index.js';
import { taskDue } from '../workflow/index.js';
import { isJointHandling } from './case-extension.js';
import { expectedSuspensionEnd, shiftedStepClock, stepClockView, suspensionStage } from './case-suspension.js';

const cal = officialCalendar();
const d = parseLocalDate;

describe('suspension rules (ALL Art. 45, DOMAIN.md §5)', () => {
  it('ends the expected length on its N-th workday, counting the pause date when it is a workday', () => {
    // 清明 2026: 04-04…04-06 off. From Thursday 04-02: 04-02, 04-03, 04-07.
    expect(expectedSuspensionEnd(cal, d('2026-04-02'), 3).date).toBe('2026-04-07');
    // Paused on the holiday Saturday 04-04: the first workday is 04-07.
    expect(expectedSuspensionEnd(cal, d('2026-04-04'), 1).date).toBe('2026-04-07');
    expect(suspensionStage(cal, { pausedOn: d('2026-04-02'), expectedWorkdays: 3 })).toEqual({
      yellowAt: '2026-04-07T23:59:59.999+08:00', redAt: '2026-04-07T23:59:59.999+08:00',
    });
    expect(suspensionStage(cal, { pausedOn: d('2026-04-02'), expectedWorkdays: null })).toEqual({ yellowAt: null, redAt: null });
  });

  it('moves a step clock by exactly the workdays suspended after the step started', () => {
    // Review of 5 workdays from 03-30 (due 04-07), suspended 04-02 → 04-09: 04-02, 04-03, 04-07, 04-08 lost.
    expect(shiftedStepClock(cal, d('2026-03-30'), { from: d('2026-04-02'), to: d('2026-04-09') }, 5)).toMatchObject({
      stepStartedOn: '2026-04-03', dueAt: '2026-04-13T23:59:59.999+08:00',
    });
    expect(shiftedStepClock(cal, d('2026-03-30'), { from: d('2026-04-02'), to: d('2026-04-02') }, 5)).toBeNull();
    // A suspension over the weekend and holiday only costs nothing.
    expect(shiftedStepClock(cal, d('2026-03-30'), { from: d('2026-04-04'), to: d('2026-04-07') }, 5)).toBeNull();
  });

  it('moves a 0-workday step started on a rest day from its due workday, not one short', () => {
    // Started Saturday 2026-03-28, due Monday 03-30; suspended 03-30 → 04-01 loses 03-30 and 03-31: due 04-01.
    const shifted = shiftedStepClock(cal, d('2026-03-28'), { from: d('2026-03-30'), to: d('2026-04-01') }, 0);
    expect(shifted).toMatchObject({ stepStartedOn: '2026-04-01', dueAt: '2026-04-01T23:59:59.999+08:00' });
    expect(shifted && taskDue(cal, shifted, 0).dueAt).toBe(shifted?.dueAt);
  });

  it('moves a shifted step clock\'s due by exactly the lost workdays, and its start with it (property)', () => {
    const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays(d('2025-01-01'), n));
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 10 }), (start, gap, length, limit) => {
      const from = addDays(start, gap);
      const to = addDays(from, length);
      const lost = suspendedWorkdays(cal, start, [{ from, to }], to).workdays;
      const shifted = shiftedStepClock(cal, start, { from, to }, limit);
      if (lost === 0) expect(shifted).toBeNull();
      else {
        expect(shifted?.dueAt).toBe(endOfDay(addWorkdays(cal, stepClock(cal, start, limit).dueDate, lost).date));
        // A task handed on later computes its clock from the moved start: it must land on the same due.
        expect(shifted && taskDue(cal, shifted, limit).dueAt).toBe(shifted?.dueAt);
      }
    }));
  });
});

describe('a suspended case\'s step clocks as lists show them', () => {
  // Review of 5 workdays from 03-30: due 04-07, yellow from 04-03 (the last 2 workdays, 04-03 and 04-07).
  const review = { stepStartedOn: d('2026-03-30'), ...taskDue(cal, { stepStartedOn: d('2026-03-30') }, 5) };

  it('warns nothing while suspended and keeps the workdays left at the pause, which resume gives back', () => {
    expect(stepClockView(cal, '2026-04-08T02:00:00.000Z', review, null)).toEqual({ warning: 'red', remainingWorkdays: 0 });
    // Paused Thursday 04-02 with 04-02, 04-03, 04-07 left; on 04-08 (past the stored due) still 3, no warning.
    expect(stepClockView(cal, '2026-04-08T02:00:00.000Z', review, d('2026-04-02'))).toEqual({ warning: 'none', remainingWorkdays: 3 });
    // Resumed 04-09: due 04-13, so 04-09, 04-10, 04-13 are left.
    const shifted = shiftedStepClock(cal, review.stepStartedOn, { from: d('2026-04-02'), to: d('2026-04-09') }, 5);
    expect(shifted && stepClockView(cal, '2026-04-09T01:00:00.000Z', shifted, null)).toEqual({ warning: 'none', remainingWorkdays: 3 });
  });

  it('shows while suspended exactly what the task has left on the day it resumes (property)', () => {
    const day = fc.integer({ min: 0, max: 700 }).map((n) => addDays(d('2025-01-01'), n));
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 10 }), (start, gap, length, limit) => {
      const task = { stepStartedOn: start, ...taskDue(cal, { stepStartedOn: start }, limit) };
      const from = addDays(start, gap);
      const to = addDays(from, length);
      const resumed = shiftedStepClock(cal, start, { from, to }, limit) ?? task;
      const onResume = stepClockView(cal, `${to}T01:00:00.000Z`, resumed, null);
      const whileSuspended = stepClockView(cal, `${addDays(to, -1)}T01:00:00.000Z`, task, from);
      expect(whileSuspended).toEqual({ warning: 'none', remainingWorkdays: onResume.remainingWorkdays });
      expect(localDateOf(resumed.dueAt) >= localDateOf(task.dueAt)).toBe(true);
    }));
  });
});

describe('extension rules (ALL Art. 42)', () => {
  it('calls an item jointly handled when a parallel step spans several departments', () => {
    const branches = (...ids: string[]) => ids.map((departmentId) => ({ departmentId, role: 'handler' as const }));
    expect(isJointHandling([{ key: 'p', name: 'p', kind: 'parallel', workdays: 2, branches: branches('a', 'b') }])).toBe(true);
    expect(isJointHandling([{ key: 'p', name: 'p', kind: 'parallel', workdays: 2, branches: branches('a', 'a') }])).toBe(false);
    expect(isJointHandling([{ key: 'r', name: 'r', kind: 'review', workdays: 2, departmentId: 'a', role: 'handler' }])).toBe(false);
  });
});
