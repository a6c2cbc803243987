import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supervisionJob } from '../../src/jobs/supervision.js';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildDepartment, buildStaff, signIn } from '../support/factories.js';
import { supervisionKit, type SupervisionKit } from '../support/supervision-kit.js';
import { application, buildIntakeScene } from '../support/intake-factories.js';

// Urging (催办) and escalation (督办), DOMAIN.md §7; docs/supervision.md. The simulated clock only moves forward,
// so the tests run in date order; dates counted by hand on the official 2026 calendar.
for (const dialect of DIALECTS) {
  describe(`urging and escalation [${dialect}]`, () => {
    let t: TestApp;
    let kit: SupervisionKit;
    beforeAll(async () => {
      t = await buildTestApp(dialect, { sessionHours: 24 * 365 });
      kit = await supervisionKit(t);
    });
    afterAll(async () => { await t.close(); });
    const post = (url: string, token: string, payload?: object) => kit.post(url, token, payload);
    const get = (url: string, token: string) => kit.get(url, token);

    it('urges a task: the pool is told, a handler acknowledges and replies, the supervisor is told', async () => {
      t.clock.set(new Date('2026-03-02T09:00:00+08:00'));
      const s = await buildIntakeScene(t);
      const caseId = await kit.acceptedCase(s);
      const review = await kit.openTask(caseId, 'review');
      const urged = await post(`/api/v1/cases/${caseId}/urges`, s.supervisor.token, { message: '请加快审查', replyWorkdays: 2, taskId: review.id });
      expect(urged.statusCode).toBe(201);
      // Urged Monday 03-02 with 2 workdays: 03-03, 03-04.
      const urge = urged.json();
      expect(urge).toMatchObject({
        caseId, taskId: review.id, departmentId: s.bureau.id, handlerId: null, message: '请加快审查', replyWorkdays: 2,
        replyDueAt: '2026-03-04T23:59:59.999+08:00', status: 'open', createdBy: s.supervisor.id, acknowledgedAt: null, reply: null,
      });
      expect(await kit.notices(s.handler.id, 'supervision.urged')).toEqual([
        { caseNo: expect.any(String), itemName: '食品经营许可', message: '请加快审查', replyDueDate: '2026-03-04' },
      ]);
      const ids = async (token: string, query = '') => (await get(`/api/v1/urges${query}`, token)).json().urges.map((u: { id: string }) => u.id);
      expect(await ids(s.handler.token)).toEqual([urge.id]);
      expect(await ids(s.supervisor.token)).toEqual([urge.id]);
      expect(await ids(s.supervisor.token, '?mine=true')).toEqual([]);

      // Acknowledge (签收) once; again changes nothing.
      const ack = await post(`/api/v1/urges/${urge.id}/ack`, s.handler.token);
      expect(ack.statusCode).toBe(200);
      expect(ack.json()).toMatchObject({ status: 'acknowledged', acknowledgedBy: s.handler.id });
      const again = await post(`/api/v1/urges/${urge.id}/ack`, s.handler.token);
      expect(again.json()).toMatchObject({ status: 'acknowledged', acknowledgedAt: ack.json().acknowledgedAt });

      const replied = await post(`/api/v1/urges/${urge.id}/reply`, s.handler.token, { text: '已完成现场核查，明日办结' });
      expect(replied.statusCode).toBe(200);
      expect(replied.json()).toMatchObject({ status: 'replied', reply: '已完成现场核查，明日办结', repliedBy: s.handler.id });
      expect(await kit.notices(s.supervisor.id, 'supervision.urge_replied')).toHaveLength(1);
      for (const action of ['reply', 'ack']) {
        const late = await post(`/api/v1/urges/${urge.id}/${action}`, s.handler.token, { text: '再次回复' });
        expect(late.statusCode).toBe(409);
        expect(late.json().error.code).toBe('supervision.urge_answered');
      }
      expect(await ids(s.supervisor.token, '?status=replied')).toEqual([urge.id]);
      expect(await ids(s.supervisor.token, `?status=open&caseId=${caseId}`)).toEqual([]);
      const audited = await t.deps.store.db.selectFrom('audit_events').select('action').where('entity', '=', 'urge').where('entity_id', '=', urge.id).orderBy('seq').execute();
      expect(audited.map((a) => a.action)).toEqual(['create', 'acknowledge', 'reply']);

      // A case urge with nobody holding the case goes to the department head: no head named, so the approvers.
      const caseUrge = await post(`/api/v1/cases/${caseId}/urges`, s.supervisor.token, { message: '请说明办理进度' });
      expect(caseUrge.statusCode).toBe(201);
      // The default reply period is 3 workdays: 03-03, 04, 05.
      expect(caseUrge.json()).toMatchObject({ taskId: null, handlerId: null, replyWorkdays: 3, replyDueAt: '2026-03-05T23:59:59.999+08:00' });
      expect(await kit.notices(s.approver.id, 'supervision.urged')).toHaveLength(1);
    });

    it('answers only within reach and names every bad field, changing nothing', async () => {
      const s = await buildIntakeScene(t);
      const caseId = await kit.acceptedCase(s);
      const other = await buildIntakeScene(t);
      const otherCase = await kit.acceptedCase(other);
      const urges = `/api/v1/cases/${caseId}/urges`;
      expect((await post(urges, s.handler.token, { message: '催' })).statusCode).toBe(403);
      expect((await post(urges, other.supervisor.token, { message: '催' })).statusCode).toBe(404);
      expect((await post('/api/v1/cases/no-such-case/urges', s.supervisor.token, { message: '催' })).statusCode).toBe(404);

      const bad = await post(urges, s.supervisor.token, { message: ' ', replyWorkdays: 0, extra: 1 });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['extra', 'message', 'replyWorkdays']);
      expect((await post(urges, s.supervisor.token, { message: '催', replyWorkdays: 21 })).json().error.fields).toEqual([expect.objectContaining({ field: 'replyWorkdays' })]);
      const foreignTask = await kit.openTask(otherCase, 'review');
      const wrongTask = await post(urges, s.supervisor.token, { message: '催', taskId: foreignTask.id });
      expect(wrongTask.statusCode).toBe(400);
      expect(wrongTask.json().error.fields).toEqual([expect.objectContaining({ field: 'taskId' })]);
      expect(await t.deps.store.db.selectFrom('urges').select('id').where('case_id', '=', caseId).execute()).toEqual([]);

      const { id } = (await post(urges, s.supervisor.token, { message: '请加快' })).json();
      const outsider = await buildStaff(t, await buildDepartment(t, s.city, { name: '交通运输局' }), ['handler']);
      const outsiderToken = await signIn(t, outsider.username);
      expect((await post(`/api/v1/urges/${id}/ack`, outsiderToken)).statusCode).toBe(404);
      expect((await post(`/api/v1/urges/${id}/ack`, s.supervisor.token)).statusCode).toBe(403);
      expect((await post(`/api/v1/urges/${id}/ack`, other.supervisor.token)).statusCode).toBe(404);
      expect((await get('/api/v1/urges', outsiderToken)).json()).toEqual({ urges: [], total: 0 });
      expect((await get('/api/v1/urges', other.supervisor.token)).json().urges.map((u: { id: string }) => u.id)).not.toContain(id);
      const blank = await post(`/api/v1/urges/${id}/reply`, s.handler.token, { text: '' });
      expect(blank.json().error.fields).toEqual([expect.objectContaining({ field: 'text' })]);
      expect((await get('/api/v1/urges?status=waiting', s.supervisor.token)).json().error.fields).toEqual([expect.objectContaining({ field: 'status' })]);
    });

    it('escalates an unanswered urge to the department head exactly after its deadline, once; conclusion closes the urges', async () => {
      t.clock.set(new Date('2026-03-09T09:00:00+08:00'));
      const s = await buildIntakeScene(t);
      const head = await buildStaff(t, s.bureau, ['approver']);
      const named = await t.app.inject({ method: 'PATCH', url: `/api/v1/departments/${s.bureau.id}`, headers: bearer(s.token), payload: { headUserId: head.id } });
      expect(named.statusCode).toBe(200);
      const caseId = await kit.acceptedCase(s);
      const review = await kit.openTask(caseId, 'review');
      // Urged Monday 03-09: 2 workdays → due 03-11 (escalation from 03-12 00:00); 5 workdays → due 03-16.
      const quick = (await post(`/api/v1/cases/${caseId}/urges`, s.supervisor.token, { message: '今日回复', replyWorkdays: 2 })).json();
      const slow = (await post(`/api/v1/cases/${caseId}/urges`, s.supervisor.token, { message: '本周回复', replyWorkdays: 5, taskId: review.id })).json();
      expect((await post(`/api/v1/urges/${slow.id}/ack`, s.handler.token)).json().status).toBe('acknowledged');
      const status = async (id: string) => (await t.deps.store.db.selectFrom('urges').select(['status', 'escalated_at', 'closed_at']).where('id', '=', id).executeTakeFirstOrThrow());

      await kit.moveTo('2026-03-11T23:59:59.999+08:00');
      expect((await status(quick.id)).status).toBe('open');
      expect(await kit.notices(head.id, 'supervision.escalated')).toEqual([]);
      await kit.moveTo('2026-03-12T00:00:00.000+08:00');
      expect(await status(quick.id)).toMatchObject({ status: 'escalated', escalated_at: '2026-03-11T16:00:00.000Z' });
      expect(await kit.notices(head.id, 'supervision.escalated')).toEqual([
        { caseNo: expect.any(String), itemName: '食品经营许可', message: '今日回复', replyDueDate: '2026-03-11' },
      ]);
      // More passes, three at once, and later moves of the clock escalate nothing again.
      await Promise.all([1, 2, 3].map(() => supervisionJob.run(t.deps, t.clock.now())));
      await kit.moveTo('2026-03-12T10:00:00+08:00');
      expect(await kit.notices(head.id, 'supervision.escalated')).toHaveLength(1);
      expect(await kit.notices(s.approver.id, 'supervision.escalated')).toEqual([]);
      expect((await status(slow.id)).status).toBe('acknowledged');

      // An escalated urge may still be acknowledged; it stays escalated.
      expect((await post(`/api/v1/urges/${quick.id}/ack`, s.handler.token)).json()).toMatchObject({ status: 'escalated', acknowledgedBy: s.handler.id });

      // 办结销号: the decision closes both unanswered urges in its transaction.
      expect((await post(`/api/v1/tasks/${review.id}/complete`, s.handler.token, { decision: 'approve', opinion: '同意' })).statusCode).toBe(200);
      const decide = await kit.openTask(caseId, 'decide');
      expect((await post(`/api/v1/tasks/${decide.id}/complete`, s.approver.token, { decision: 'approve', opinion: '准予' })).json().caseStatus).toBe('concluded');
      expect(await status(quick.id)).toMatchObject({ status: 'closed', closed_at: expect.any(String) });
      expect((await status(slow.id)).status).toBe('closed');
      const closed = (await get(`/api/v1/urges?status=closed&caseId=${caseId}`, s.supervisor.token)).json();
      expect(closed.urges.map((u: { id: string }) => u.id).sort()).toEqual([quick.id, slow.id].sort());
      const late = await post(`/api/v1/urges/${quick.id}/reply`, s.handler.token, { text: '补充回复' });
      expect(late.json().error.code).toBe('supervision.urge_answered');
      const refused = await post(`/api/v1/cases/${caseId}/urges`, s.supervisor.token, { message: '再催' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('supervision.case_not_urgeable');

      // Withdrawal ends a case too, and closes its urge.
      const { id: withdrawn } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      const pending = (await post(`/api/v1/cases/${withdrawn}/urges`, s.supervisor.token, { message: '请尽快受理' })).json();
      expect((await post(`/api/v1/cases/${withdrawn}/withdraw`, s.applicant.token, {})).statusCode).toBe(200);
      expect((await status(pending.id)).status).toBe('closed');
    });
  });
}
