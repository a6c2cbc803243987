import { describe, expect, it } from 'vitest';
import type { Actor } from '../accounts/actor.js';
import { officialCalendar } from '../calendar/index.js';
import { answersFor, supervisionScope } from './access.js';
import { explainedLate, explanationClock, explanationStatus, firstOverdueDay, replyClock } from './deadlines.js';
import { caseStatusesOf, runningClockKind } from './kinds.js';
import { noticeKey } from './notice-key.js';
import { departmentHeads, departmentIdsOnPath, regionAncestry, regionSupervisors } from './recipients.js';
import { buildOverdueReport, type ReportRecord } from './report.js';
import { acknowledgement, canReply, closesUrges, escalationDue } from './urge-rules.js';

const cal = officialCalendar();

const staff = (over: Partial<Actor>): Actor => ({
  userId: 'u1', username: 'u1', name: '甲', kind: 'staff', roles: ['handler'], departmentId: 'c', departmentPath: '/a/b/c/', regionCode: '360102', ...over,
});

describe('supervision rules', () => {
  it('maps a case status to the clock it runs', () => {
    expect(['submitted', 'refusal_pending', 'in_progress', 'concluded', 'suspended', 'correction_required', 'delivered'].map((s) => runningClockKind(s as never)))
      .toEqual(['acceptance', 'acceptance', 'decision', 'delivery', 'suspension', null, null]);
    expect(caseStatusesOf('statutory')).toEqual(['in_progress']);
    expect(caseStatusesOf('step')).toEqual([]);
  });

  it('counts the explanation and reply periods in workdays from the day after (民法典 第二百零一条)', () => {
    // Opened Friday 2026-02-13: 02-14 (a worked Saturday), then 春节 off until 02-24, 02-25.
    expect(explanationClock(cal, '2026-02-13T10:00:00+08:00')).toMatchObject({ dueDate: '2026-02-25', dueAt: '2026-02-25T23:59:59.999+08:00' });
    expect(replyClock(cal, '2026-03-30T10:00:00+08:00', 2).dueDate).toBe('2026-04-01');
    expect(replyClock(cal, '2026-03-30T10:00:00+08:00').dueDate).toBe('2026-04-02');
  });

  it('counts a lapse on the first overdue day, in Asia/Shanghai', () => {
    expect(firstOverdueDay('2026-03-31T23:59:59.999+08:00')).toBe('2026-04-01');
    expect(firstOverdueDay('2026-03-31T15:59:59.999Z')).toBe('2026-04-01');
  });

  it('says awaiting, late or explained, and whether an explanation came late', () => {
    const due = '2026-03-20T23:59:59.999+08:00';
    expect(explanationStatus({ explainedAt: null, explanationDueAt: due }, '2026-03-20T23:59:59.999+08:00')).toBe('awaiting');
    expect(explanationStatus({ explainedAt: null, explanationDueAt: due }, '2026-03-21T00:00:00+08:00')).toBe('late');
    expect(explanationStatus({ explainedAt: '2026-03-22T01:00:00.000Z', explanationDueAt: due }, '2026-03-23T00:00:00+08:00')).toBe('explained');
    expect(explainedLate({ explainedAt: '2026-03-22T01:00:00.000Z', explanationDueAt: due })).toBe(true);
    expect(explainedLate({ explainedAt: '2026-03-20T01:00:00.000Z', explanationDueAt: due })).toBe(false);
  });

  it('keys a notice by its subject, kind, level and due instant in one stored form', () => {
    const a = noticeKey({ subjectType: 'task', subjectId: 't', kind: 'step', level: 'red', dueAt: '2026-03-16T23:59:59.999+08:00' });
    const b = noticeKey({ subjectType: 'task', subjectId: 't', kind: 'step', level: 'red', dueAt: '2026-03-16T15:59:59.999Z' });
    expect(a).toEqual(b);
    expect(a.dueAt).toBe('2026-03-16T15:59:59.999Z');
  });

  it('acknowledges once, replies while unanswered, escalates once past the deadline, closes on conclusion', () => {
    expect(acknowledgement({ status: 'open', acknowledgedAt: null })).toEqual({ kind: 'record', next: 'acknowledged' });
    expect(acknowledgement({ status: 'escalated', acknowledgedAt: null })).toEqual({ kind: 'record', next: 'escalated' });
    expect(acknowledgement({ status: 'acknowledged', acknowledgedAt: 'x' })).toEqual({ kind: 'already' });
    expect(acknowledgement({ status: 'replied', acknowledgedAt: 'x' })).toEqual({ kind: 'refused' });
    expect(acknowledgement({ status: 'closed', acknowledgedAt: null })).toEqual({ kind: 'refused' });
    expect(['open', 'acknowledged', 'escalated', 'replied', 'closed'].map((s) => canReply(s as never))).toEqual([true, true, true, false, false]);
    const due = '2026-04-01T23:59:59.999+08:00';
    expect(escalationDue({ status: 'open', replyDueAt: due }, '2026-04-01T23:59:59.999+08:00')).toBe(false);
    expect(escalationDue({ status: 'acknowledged', replyDueAt: due }, '2026-04-02T00:00:00+08:00')).toBe(true);
    expect(escalationDue({ status: 'escalated', replyDueAt: due }, '2026-04-09T00:00:00+08:00')).toBe(false);
    expect(closesUrges('in_progress', 'concluded')).toBe(true);
    expect(closesUrges('submitted', 'withdrawn')).toBe(true);
    expect(closesUrges('concluded', 'delivered')).toBe(false);
    expect(closesUrges('in_progress', 'suspended')).toBe(false);
  });

  it('finds the supervisors of the nearest region that has any, and the head or else the approvers', () => {
    expect(regionAncestry('360102001')).toEqual(['360102001', '360102', '360100', '360000']);
    expect(regionAncestry('360000')).toEqual(['360000']);
    const posts = [{ userId: 's-city', regionCode: '360100' }, { userId: 's-prov', regionCode: '360000' }];
    expect(regionSupervisors(posts, '360102')).toEqual(['s-city']);
    expect(regionSupervisors([...posts, { userId: 's-county', regionCode: '360102' }], '360102')).toEqual(['s-county']);
    expect(regionSupervisors(posts, '110105')).toEqual([]);
    expect(departmentHeads('h', ['a1', 'a2'])).toEqual(['h']);
    expect(departmentHeads(null, ['a2', 'a1', 'a2'])).toEqual(['a1', 'a2']);
    expect(departmentIdsOnPath('/a/b/c/')).toEqual(['a', 'b', 'c']);
  });

  it('lets the named handler or a working member of the department line answer, never a supervisor', () => {
    expect(answersFor(staff({}), { handlerId: null, departmentId: 'b' })).toBe(true);
    expect(answersFor(staff({}), { handlerId: null, departmentId: 'z' })).toBe(false);
    expect(answersFor(staff({ roles: ['supervisor'] }), { handlerId: null, departmentId: 'b' })).toBe(false);
    expect(answersFor(staff({ roles: ['analyst'], departmentPath: '/z/' }), { handlerId: 'u1', departmentId: 'b' })).toBe(true);
    expect(supervisionScope(staff({ roles: ['supervisor'] }))).toEqual({ kind: 'region', regionPrefix: '360102' });
    expect(supervisionScope(staff({ roles: ['supervisor'] }), true)).toEqual({ kind: 'staff', userId: 'u1', departmentIds: [], departmentPath: null });
    expect(supervisionScope(staff({ roles: ['supervisor', 'approver'] }), true)).toMatchObject({ kind: 'staff', departmentIds: ['a', 'b', 'c'], departmentPath: '/a/b/c/' });
    expect(supervisionScope({ ...staff({}), kind: 'applicant' })).toEqual({ kind: 'none' });
  });

  it('groups a period\'s records by department and handler with the same counts at every level', () => {
    const rec = (over: Partial<ReportRecord<string>>): ReportRecord<string> => ({
      caseId: 'c1', kind: 'step', departmentId: 'd1', departmentName: '乙局', handlerId: 'h1', handlerName: '张三',
      explanationDueAt: '2026-03-20T15:59:59.999Z', explainedAt: null, source: 'x', ...over,
    });
    const report = buildOverdueReport([
      rec({ source: 'r1' }), rec({ source: 'r2', kind: 'decision', handlerId: null, handlerName: null }),
      rec({ source: 'r3', caseId: 'c2', explainedAt: '2026-03-19T02:00:00.000Z' }), rec({ source: 'r4', caseId: 'c3', kind: 'statutory', departmentId: 'd2', departmentName: '甲局' }),
    ], '2026-03-21T00:00:00+08:00');
    expect(report.totals).toMatchObject({ overdue: 4, cases: 3, explained: 1, late: 3, awaiting: 0, byKind: { step: 2, decision: 1, statutory: 1 } });
    expect(report.departments.map((d) => [d.departmentName, d.overdue])).toEqual([['乙局', 3], ['甲局', 1]]);
    const [first] = report.departments;
    expect(first!.handlers.map((h) => [h.handlerId, h.overdue, h.entries.map((e) => e.source)])).toEqual([['h1', 2, ['r1', 'r3']], [null, 1, ['r2']]]);
    expect(first!.handlers[0]!.entries.map((e) => e.status)).toEqual(['late', 'explained']);
  });
});
