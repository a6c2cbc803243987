import { describe, expect, it } from 'vitest';
import { officialCalendar } from '../calendar/index.js';
import { expireOverdueBranches } from './absent-consent.js';
import { applyResult } from './state.js';
import { taskDue } from './task-due.js';
import { CaseRun, decide, member, parallel } from './testing/harness.js';

const cal = officialCalendar();
const h = (d: string) => member(`${d}-h`, d);
// Steps start Monday 2026-03-02; a 5-workday clock ends at the end of Monday 2026-03-09.
const BEFORE = '2026-03-09T23:00:00.000+08:00';
const AFTER = '2026-03-10T08:00:00.000+08:00';

describe('absent means consent (缺席默认, docs/workflow.md rows C-*) and step clocks', () => {
  it('C-all: a branch silent past its step clock counts as consent and the step moves on', () => {
    const run = new CaseRun([parallel('p', ['d1', 'd2', 'd3'], 'all', true), decide('d')]);
    run.do(run.seat('p', 0).id, { kind: 'approve' }, h('d1'));
    run.do(run.seat('p', 1).id, { kind: 'claim' }, h('d2'));
    expect(expireOverdueBranches(run.state, BEFORE, cal, run.newId).update).toEqual([]);
    const result = expireOverdueBranches(run.state, AFTER, cal, run.newId);
    run.state = applyResult(run.state, result);
    expect(run.state.tasks.filter((t) => t.stepKey === 'p').map((t) => [t.decision, t.completedBy])).toEqual([
      ['approve', 'd1-h'], ['consent', null], ['consent', null],
    ]);
    expect(run.active().map((t) => t.stepKey)).toEqual(['d']);
  });

  it('C-any: an expired branch consents, which is enough for an any join', () => {
    const run = new CaseRun([parallel('p', ['d1', 'd2'], 'any', true)]);
    const result = expireOverdueBranches(run.state, AFTER, cal, run.newId);
    expect(result.outcome).toEqual({ kind: 'concluded', result: 'granted' });
  });

  it('C-off: without absentMeansConsent, or on a non-parallel step, nothing expires', () => {
    const run = new CaseRun([parallel('p', ['d1', 'd2'], 'all', false), decide('d')]);
    expect(expireOverdueBranches(run.state, AFTER, cal, run.newId).update).toEqual([]);
    const single = new CaseRun([decide('d')]);
    expect(expireOverdueBranches(single.state, AFTER, cal, single.newId).update).toEqual([]);
  });

  it('taskDue: the step clock runs from the step\'s start, in workdays, yellow at ceil(limit/3) remaining', () => {
    const run = new CaseRun([parallel('p', ['d1', 'd2'], 'all'), decide('d')]);
    const due = taskDue(cal, run.seat('p', 0), 5);
    expect(due).toEqual({ dueAt: '2026-03-09T23:59:59.999+08:00', yellowAt: '2026-03-06T00:00:00.000+08:00', calendarIncomplete: false });
    // 2026-10-01..07 is the National Day holiday: from 2026-09-30 the two workdays are 10-08 and 10-09.
    expect(taskDue(cal, { stepStartedOn: '2026-09-30' as never }, 2).dueAt).toBe('2026-10-09T23:59:59.999+08:00');
  });
});
