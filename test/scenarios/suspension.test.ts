import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer } from '../support/factories.js';
import { application, buildIntakeScene } from '../support/intake-factories.js';

interface TaskJson { id: string; caseId: string; stepKey: string; dueAt: string; yellowAt: string; stepStartedOn: string; warning: string; remainingWorkdays: number; suspended: boolean }

/*
 * The calendar around 清明 2026 (国办发明电〔2025〕7号): Saturday 04-04 to Monday 04-06 are off.
 * Accepted Monday 03-30 with 10 promised and 20 statutory workdays:
 *   promised: 03-31, 04-01, 04-02, 04-03, 04-07, 04-08, 04-09, 04-10, 04-13, 04-14 → due 04-14;
 *   statutory: day 20 is 04-28.
 * Suspended Thursday 04-02, resumed Thursday 04-09: the workdays W with 04-02 ≤ W < 04-09 are 04-02, 04-03,
 * 04-07 and 04-08 (04-04…04-06 are the holiday) = 4. So due becomes day 14 = 04-20 and statutory day 24 =
 * 05-07 (04-29, 04-30, then 05-01…05-05 off, 05-06, 05-07).
 * The review step (5 workdays from 03-30) was due 04-07; it loses the same 4 workdays → day 9 = 04-13.
 * Expected length 3 workdays from 04-02: 04-02, 04-03, 04-07 → overdue after 04-07 24:00.
 * The simulated clock only moves forward, so later tests use later weeks (accepted 04-13: due 04-27, statutory
 * 05-13; accepted 04-20: due 05-07; accepted Monday 05-11, suspended Tuesday 05-12, withdrawn Thursday 05-14:
 * 05-12 and 05-13 suspended = 2).
 */
for (const dialect of DIALECTS) {
  describe(`suspension and resumption of the decision clock (ALL Art. 45) [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect, { sessionHours: 24 * 365 }); });
    afterAll(async () => { await t.close(); });

    const post = (url: string, token: string, payload?: object, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, headers: { ...bearer(token), ...headers }, ...(payload && { payload }) });
    const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
    const at = (iso: string) => t.clock.set(new Date(iso));

    async function acceptedCase(on: string) {
      at(on);
      const s = await buildIntakeScene(t);
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      expect((await post(`/api/v1/cases/${id}/accept`, s.clerk.token, {})).statusCode).toBe(200);
      return { s, caseId: id as string };
    }
    const reviewTask = async (token: string, caseId: string): Promise<TaskJson> =>
      (await get('/api/v1/tasks?mine=true', token)).json().tasks.find((task: TaskJson) => task.caseId === caseId);

    it('stops the clock, warns when the expected length passes, and moves every due date by the suspended workdays on resume', async () => {
      const { s, caseId } = await acceptedCase('2026-03-30T09:00:00+08:00');
      const accepted = (await get(`/api/v1/cases/${caseId}`, s.handler.token)).json();
      expect(accepted).toMatchObject({ dueAt: '2026-04-14T23:59:59.999+08:00', statutoryDueAt: '2026-04-28T23:59:59.999+08:00' });
      expect(await reviewTask(s.handler.token, caseId)).toMatchObject({ dueAt: '2026-04-07T23:59:59.999+08:00', suspended: false, warning: 'none' });

      at('2026-04-02T10:00:00+08:00');
      const suspended = await post(`/api/v1/cases/${caseId}/suspend`, s.handler.token, { reason: '需对样品进行微生物检测', kind: 'testing', expectedWorkdays: 3 });
      expect(suspended.statusCode).toBe(200);
      expect(suspended.json()).toMatchObject({
        status: 'suspended', dueAt: '2026-04-14T23:59:59.999+08:00', warning: 'none', suspensionOverdue: false, suspendedWorkdays: 0,
      });
      expect(suspended.json().timeline.at(-1)).toMatchObject({
        action: 'suspend', statusTo: 'suspended', details: { kind: 'testing', expectedWorkdays: 3, expectedEndDate: '2026-04-07' },
      });

      // The applicant is told in writing: a notification, and the suspension notice as a PDF.
      const inbox = (await get('/api/v1/notifications', s.applicant.token)).json();
      expect(inbox.notifications.map((n: { event: string }) => n.event)).toContain('case.suspended');
      expect(inbox.notifications.map((n: { event: string }) => n.event)).not.toContain('case.resumed');
      const notice = await get(`/api/v1/cases/${caseId}/documents/suspension_notice`, s.applicant.token);
      expect(notice.statusCode).toBe(200);
      expect(notice.headers['content-type']).toBe('application/pdf');
      expect(notice.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

      // A suspended case's tasks wait.
      const review = await reviewTask(s.handler.token, caseId);
      const blocked = await post(`/api/v1/tasks/${review.id}/complete`, s.handler.token, { decision: 'approve', opinion: '同意' });
      expect(blocked.statusCode).toBe(409);
      expect(blocked.json().error.code).toBe('case.invalid_transition');

      // Still within the expected length on its last day; overdue from the next.
      at('2026-04-07T23:00:00+08:00');
      expect((await get(`/api/v1/cases/${caseId}`, s.handler.token)).json()).toMatchObject({ warning: 'none', suspensionOverdue: false });
      at('2026-04-08T08:00:00+08:00');
      expect((await get(`/api/v1/cases/${caseId}`, s.handler.token)).json()).toMatchObject({ warning: 'red', suspensionOverdue: true });
      // Past the review's stored due (04-07), yet its clock stands still: no warning, the 3 workdays it had left at
      // the pause (04-02, 04-03, 04-07), in my list, in the department's list and on the case's workflow.
      const waiting = { dueAt: '2026-04-07T23:59:59.999+08:00', warning: 'none', remainingWorkdays: 3, suspended: true };
      expect(await reviewTask(s.handler.token, caseId)).toMatchObject(waiting);
      const inReach = (await get('/api/v1/tasks?mine=false', s.approver.token)).json().tasks.find((task: TaskJson) => task.caseId === caseId);
      expect(inReach).toMatchObject(waiting);
      const workflow = (await get(`/api/v1/cases/${caseId}/workflow`, s.handler.token)).json();
      expect(workflow.caseStatus).toBe('suspended');
      expect(workflow.tasks.find((task: TaskJson) => task.id === review.id)).toMatchObject({ warning: 'none', remainingWorkdays: 3 });
      const red = (await get('/api/v1/cases?warning=red', s.handler.token)).json();
      expect(red.cases.map((c: { id: string }) => c.id)).toContain(caseId);
      const clock = (await get(`/api/v1/cases/${caseId}/clock`, s.handler.token)).json();
      expect(clock.suspensions).toEqual([expect.objectContaining({ kind: 'testing', expectedEndAt: '2026-04-07T23:59:59.999+08:00', overdue: true, resumedOn: null })]);

      at('2026-04-09T09:00:00+08:00');
      const resumed = await post(`/api/v1/cases/${caseId}/resume`, s.approver.token, { reason: '检测报告已出具' });
      expect(resumed.statusCode).toBe(200);
      expect(resumed.json()).toMatchObject({
        status: 'in_progress', suspendedWorkdays: 4, dueAt: '2026-04-20T23:59:59.999+08:00', statutoryDueAt: '2026-05-07T23:59:59.999+08:00',
        warning: 'none', suspensionOverdue: false,
      });
      expect(resumed.json().timeline.at(-1)).toMatchObject({ action: 'resume', details: { suspendedWorkdays: 4 } });
      const moved = await reviewTask(s.handler.token, caseId);
      expect(moved).toMatchObject({ dueAt: '2026-04-13T23:59:59.999+08:00', stepStartedOn: '2026-04-03', warning: 'none', remainingWorkdays: 3, suspended: false });

      // Resumption is news too: the applicant is told once, with the moved promised date (inbox, and SMS via the outbox).
      const resumedNotices = (await get('/api/v1/notifications', s.applicant.token)).json().notifications
        .filter((n: { event: string }) => n.event === 'case.resumed');
      expect(resumedNotices).toEqual([expect.objectContaining({ params: expect.objectContaining({ dueDate: '2026-04-20' }) })]);
      const outbox = await t.deps.store.db.selectFrom('notification_outbox').innerJoin('notifications', 'notifications.id', 'notification_outbox.notification_id')
        .select(['notification_outbox.channel']).where('notifications.user_id', '=', s.applicant.id).where('notifications.event', '=', 'case.resumed').execute();
      expect(outbox.map((o) => o.channel)).toEqual(['sms']);
      expect((await get('/api/v1/cases?warning=red', s.handler.token)).json().cases.map((c: { id: string }) => c.id)).not.toContain(caseId);

      // The work goes on after the resumption.
      expect((await post(`/api/v1/tasks/${review.id}/complete`, s.handler.token, { decision: 'approve', opinion: '同意' })).statusCode).toBe(200);
      const history = (await get(`/api/v1/cases/${caseId}/clock`, s.handler.token)).json();
      expect(history.suspensions[0]).toMatchObject({ resumedOn: '2026-04-09', suspendedWorkdays: 4, overdue: false });
    });

    it('costs nothing when suspended and resumed on the same day', async () => {
      const { s, caseId } = await acceptedCase('2026-04-13T09:00:00+08:00');
      const before = await reviewTask(s.handler.token, caseId);
      at('2026-04-15T09:00:00+08:00');
      expect((await post(`/api/v1/cases/${caseId}/suspend`, s.approver.token, { reason: '组织专家论证', kind: 'expert_review' })).statusCode).toBe(200);
      at('2026-04-15T17:00:00+08:00');
      const resumed = await post(`/api/v1/cases/${caseId}/resume`, s.handler.token, {});
      expect(resumed.statusCode).toBe(200);
      expect(resumed.json()).toMatchObject({ status: 'in_progress', suspendedWorkdays: 0, dueAt: '2026-04-27T23:59:59.999+08:00', statutoryDueAt: '2026-05-13T23:59:59.999+08:00' });
      expect(await reviewTask(s.handler.token, caseId)).toMatchObject({ dueAt: before.dueAt, yellowAt: before.yellowAt, stepStartedOn: before.stepStartedOn });
      // Without an expected length nothing can run over, and the notice says the length is told later.
      const notice = await get(`/api/v1/cases/${caseId}/documents/suspension_notice`, s.handler.token);
      expect(notice.statusCode).toBe(200);
    });

    it('refuses bad input field by field and changes nothing; only handlers and approvers in reach may suspend', async () => {
      const { s, caseId } = await acceptedCase('2026-04-20T09:00:00+08:00');
      const bad = await post(`/api/v1/cases/${caseId}/suspend`, s.handler.token, { reason: ' ', kind: 'holiday', expectedWorkdays: 0 }, { 'accept-language': 'en' });
      expect(bad.statusCode).toBe(400);
      const fields = bad.json().error.fields as { field: string; message: string }[];
      expect(fields.map((f) => f.field).sort()).toEqual(['expectedWorkdays', 'kind', 'reason']);
      expect(fields.find((f) => f.field === 'kind')?.message).toContain('must be one of: hearing, tender, auction, inspection, testing, quarantine, appraisal, expert_review');
      expect((await post(`/api/v1/cases/${caseId}/suspend`, s.handler.token, { kind: 'testing' })).json().error.fields).toEqual([expect.objectContaining({ field: 'reason' })]);
      expect((await post(`/api/v1/cases/${caseId}/suspend`, s.clerk.token, { reason: '检测', kind: 'testing' })).statusCode).toBe(403);
      expect((await post(`/api/v1/cases/${caseId}/suspend`, s.applicant.token, { reason: '检测', kind: 'testing' })).statusCode).toBe(404);
      expect((await post(`/api/v1/cases/${caseId}/resume`, s.handler.token, {})).json().error.code).toBe('case.invalid_transition');
      expect((await get(`/api/v1/cases/${caseId}/documents/suspension_notice`, s.handler.token)).statusCode).toBe(404);
      expect((await get(`/api/v1/cases/${caseId}`, s.handler.token)).json()).toMatchObject({ status: 'in_progress', dueAt: '2026-05-07T23:59:59.999+08:00' });
      const rows = await t.deps.store.db.selectFrom('case_suspensions').select('id').where('case_id', '=', caseId).execute();
      expect(rows).toEqual([]);

      // Resuming names the open suspension's procedure, if it names one.
      expect((await post(`/api/v1/cases/${caseId}/suspend`, s.handler.token, { reason: '举行听证', kind: 'hearing', expectedWorkdays: 5 })).statusCode).toBe(200);
      const wrong = await post(`/api/v1/cases/${caseId}/resume`, s.handler.token, { kind: 'testing' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.fields).toEqual([expect.objectContaining({ field: 'kind' })]);
      expect((await get(`/api/v1/cases/${caseId}`, s.handler.token)).json().status).toBe('suspended');
      expect((await post(`/api/v1/cases/${caseId}/resume`, s.handler.token, { kind: 'hearing' })).statusCode).toBe(200);
    });

    it('closes the open suspension when the applicant withdraws a suspended case, in the same change', async () => {
      const { s, caseId } = await acceptedCase('2026-05-11T09:00:00+08:00');
      at('2026-05-12T10:00:00+08:00');
      expect((await post(`/api/v1/cases/${caseId}/suspend`, s.handler.token, { reason: '举行听证', kind: 'hearing', expectedWorkdays: 5 })).statusCode).toBe(200);

      at('2026-05-14T10:00:00+08:00');
      const withdrawn = await post(`/api/v1/cases/${caseId}/withdraw`, s.applicant.token, { reason: '不再需要' });
      expect(withdrawn.statusCode).toBe(200);
      expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', suspendedWorkdays: 2, warning: 'none', suspensionOverdue: false });
      expect(withdrawn.json().timeline.at(-1)).toMatchObject({
        action: 'withdraw', statusFrom: 'suspended', details: { reason: '不再需要', suspendedWorkdays: 2, suspensionId: expect.any(String) },
      });
      const [row] = await t.deps.store.db.selectFrom('case_suspensions').selectAll().where('case_id', '=', caseId).execute();
      expect(row).toMatchObject({ resumed_on: '2026-05-14', resumed_by: s.applicant.id, resume_reason: null });
      expect(row?.resumed_at).not.toBeNull();
      expect(Number(row?.suspended_workdays)).toBe(2);
      const clock = (await get(`/api/v1/cases/${caseId}/clock`, s.applicant.token)).json();
      expect(clock.suspensions).toEqual([expect.objectContaining({ resumedOn: '2026-05-14', suspendedWorkdays: 2, overdue: false })]);

      // Past the expected end nothing is overdue any more, and withdrawing is no resumption to tell about.
      at('2026-05-25T10:00:00+08:00');
      expect((await get(`/api/v1/cases/${caseId}/clock`, s.handler.token)).json().suspensions[0].overdue).toBe(false);
      expect((await get('/api/v1/cases?warning=red', s.handler.token)).json().cases.map((c: { id: string }) => c.id)).not.toContain(caseId);
      const events = (await get('/api/v1/notifications', s.applicant.token)).json().notifications.map((n: { event: string }) => n.event);
      expect(events).not.toContain('case.resumed');
    });

    it('documents every case document kind in the OpenAPI summary of the documents route', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      const summary = doc.paths['/api/v1/cases/{id}/documents/{kind}'].get.summary as string;
      for (const kind of ['acceptance_notice', 'correction_notice', 'refusal_notice', 'decision', 'suspension_notice', 'extension_notice']) expect(summary).toContain(kind);
    });
  });
}
