import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOBS, runDueJobs } from '../../src/jobs/scheduler.js';
import { supervisionJob } from '../../src/jobs/supervision.js';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildDepartment, buildStaff, signIn } from '../support/factories.js';
import { supervisionKit, type SupervisionKit } from '../support/supervision-kit.js';
import { application, buildIntakeScene } from '../support/intake-factories.js';

// Electronic supervision (DOMAIN.md §5, §7; docs/supervision.md) under the simulated clock. The clock only
// moves forward, so the tests run in date order, each on its own city; dates were counted by hand on the
// official 2026 calendar (no holidays between 2026-03-02 and 2026-04-03).
for (const dialect of DIALECTS) {
  describe(`electronic supervision [${dialect}]`, () => {
    let t: TestApp;
    let kit: SupervisionKit;
    beforeAll(async () => {
      t = await buildTestApp(dialect, { sessionHours: 24 * 365 });
      kit = await supervisionKit(t);
    });
    afterAll(async () => { await t.close(); });
    const post = (url: string, token: string, payload?: object) => kit.post(url, token, payload);
    const get = (url: string, token: string) => kit.get(url, token);

    const records = (where: { taskId?: string; caseId?: string }) => {
      let query = t.deps.store.db.selectFrom('overdue_records').selectAll();
      if (where.taskId) query = query.where('task_id', '=', where.taskId);
      if (where.caseId) query = query.where('case_id', '=', where.caseId);
      return query.execute();
    };
    it('tells the pool of a task about its yellow step clock exactly on the day it turns yellow, once', async () => {
      t.clock.set(new Date('2026-03-02T09:00:00+08:00'));
      const s = await buildIntakeScene(t);
      const caseId = await kit.acceptedCase(s);
      const task = await kit.openTask(caseId, 'review');
      // Accepted Monday 2026-03-02; the review step has 5 workdays (promised 10 / 2): 03-03, 04, 05, 06, 09 → due
      // 2026-03-09. Yellow threshold max(1, ceil(5/3)) = 2 (DOMAIN.md §5): workdays left on Friday 03-06 are 06 and
      // 09 = 2 (yellow); on Thursday 03-05 they are 05, 06, 09 = 3. So the notice comes at 03-06 00:00, not before.
      await kit.moveTo('2026-03-05T23:59:59.999+08:00');
      expect(await kit.notices(s.handler.id, 'supervision.task_yellow')).toEqual([]);
      await kit.moveTo('2026-03-06T00:00:00.000+08:00');
      expect(await kit.notices(s.handler.id, 'supervision.task_yellow')).toEqual([
        { caseNo: expect.any(String), itemName: '食品经营许可', stepName: '审查', dueDate: '2026-03-09' },
      ]);
      await kit.moveTo('2026-03-06T15:00:00+08:00');
      expect(await kit.notices(s.handler.id, 'supervision.task_yellow')).toHaveLength(1);
      // The task waits in the handlers' pool: the approver does not hold it; the inbox renders the notice.
      expect(await kit.notices(s.approver.id, 'supervision.task_yellow')).toEqual([]);
      const inbox = (await get('/api/v1/notifications', s.handler.token)).json();
      expect(inbox.notifications[0]).toMatchObject({ event: 'supervision.task_yellow', title: '黄灯预警：环节即将到期' });

      const yellow = (await get('/api/v1/supervision/warnings?level=yellow', s.supervisor.token)).json();
      expect(yellow.tasks).toEqual([expect.objectContaining({
        id: task.id, caseId, stepKey: 'review', kind: 'step', warning: 'yellow', assigneeId: null, dueAt: '2026-03-09T23:59:59.999+08:00', remainingWorkdays: 2,
      })]);
      // The decision clock (due 03-16, threshold 4) turns yellow only on 03-11.
      expect(yellow.cases).toEqual([]);
      expect((await get('/api/v1/supervision/warnings?level=red', s.supervisor.token)).json()).toMatchObject({ cases: [], tasks: [], totalCases: 0, totalTasks: 0 });
    });

    it('opens one overdue record on a red step clock and tells the department head and the supervisors once, even with three processes at once', async () => {
      t.clock.set(new Date('2026-03-09T09:00:00+08:00'));
      const s = await buildIntakeScene(t);
      const head = await buildStaff(t, s.bureau, ['approver']);
      const named = await t.app.inject({ method: 'PATCH', url: `/api/v1/departments/${s.bureau.id}`, headers: bearer(s.token), payload: { headUserId: head.id } });
      expect(named.statusCode).toBe(200);
      expect(named.json()).toMatchObject({ id: s.bureau.id, headUserId: head.id });
      const elsewhere = await buildStaff(t, await buildDepartment(t, s.city, { name: '自然资源局' }), ['approver']);
      const wrongHead = await t.app.inject({ method: 'PATCH', url: `/api/v1/departments/${s.bureau.id}`, headers: bearer(s.token), payload: { headUserId: elsewhere.id } });
      expect(wrongHead.statusCode).toBe(400);
      expect(wrongHead.json().error.fields).toEqual([expect.objectContaining({ field: 'headUserId' })]);

      const caseId = await kit.acceptedCase(s);
      const task = await kit.openTask(caseId, 'review');
      expect((await post(`/api/v1/tasks/${task.id}/claim`, s.handler.token)).statusCode).toBe(200);
      // Review: 5 workdays from Monday 03-09 → due Monday 03-16; red from 03-17 00:00.
      t.clock.set(new Date('2026-03-16T23:59:59.999+08:00'));
      await supervisionJob.run(t.deps, t.clock.now());
      expect(await records({ taskId: task.id })).toEqual([]);

      t.clock.set(new Date('2026-03-17T00:00:00.000+08:00'));
      // Three passes at once: on PostgreSQL each transaction has its own pooled connection (as separate processes
      // would); SQLite's one connection serializes them. Then two forced scheduler passes, as a clock move makes.
      await Promise.all([1, 2, 3].map(() => supervisionJob.run(t.deps, t.clock.now())));
      await Promise.all([1, 2].map(() => runDueJobs(t.deps, JOBS, { force: true })));
      const [record, ...more] = await records({ taskId: task.id });
      expect(more).toEqual([]);
      expect(record).toMatchObject({ kind: 'step', handler_id: s.handler.id, department_id: s.bureau.id, overdue_on: '2026-03-17' });
      // The named head, not the approvers; the city's supervisor; the handler is asked to explain.
      expect(await kit.notices(head.id, 'supervision.red')).toEqual([{
        caseNo: expect.any(String), itemName: '食品经营许可', kind: 'step', dueDate: '2026-03-16', explanationDueDate: '2026-03-20',
      }]);
      expect(await kit.notices(s.approver.id, 'supervision.red')).toEqual([]);
      expect(await kit.notices(s.supervisor.id, 'supervision.red')).toHaveLength(1);
      expect(await kit.notices(s.handler.id, 'supervision.explanation_required')).toHaveLength(1);
      const audited = await t.deps.store.db.selectFrom('audit_events').select('action').where('entity', '=', 'overdue_record').where('entity_id', '=', record!.id).execute();
      expect(audited.map((a) => a.action)).toEqual(['open']);

      const listed = (await get('/api/v1/supervision/overdue-records', s.supervisor.token)).json();
      // Opened Tuesday 03-17: the explanation is due after 3 workdays, 03-18, 19, 20.
      expect(listed).toMatchObject({ total: 1, records: [{
        id: record!.id, caseId, taskId: task.id, kind: 'step', handlerId: s.handler.id, dueAt: '2026-03-16T23:59:59.999+08:00',
        overdueOn: '2026-03-17', explanationDueAt: '2026-03-20T23:59:59.999+08:00', status: 'awaiting', explanation: null,
      }] });
      expect((await get('/api/v1/supervision/overdue-records', s.handler.token)).json().total).toBe(1);
      const red = (await get('/api/v1/supervision/warnings?level=red', s.supervisor.token)).json();
      expect(red.tasks.map((x: { id: string }) => x.id)).toEqual([task.id]);
      expect(red.cases).toEqual([]);

      // Nobody outside the department answers for it; a supervisor sees it but does not answer.
      const outsider = await buildStaff(t, await buildDepartment(t, s.city, { name: '住建局' }), ['handler']);
      const outsiderToken = await signIn(t, outsider.username);
      const explanation = `/api/v1/supervision/overdue-records/${record!.id}/explanation`;
      expect((await post(explanation, outsiderToken, { text: '不是我' })).statusCode).toBe(404);
      expect((await post(explanation, s.supervisor.token, { text: '代为说明' })).statusCode).toBe(403);
      expect((await get('/api/v1/supervision/overdue-records', outsiderToken)).json()).toEqual({ records: [], total: 0 });

      // Not explained by 03-20: from 03-21 the explanation itself is late, and shows so.
      await kit.moveTo('2026-03-21T00:00:00+08:00');
      expect((await get('/api/v1/supervision/overdue-records?status=late', s.supervisor.token)).json().records.map((r: { id: string }) => r.id)).toEqual([record!.id]);
      expect((await get('/api/v1/supervision/overdue-records?status=awaiting', s.supervisor.token)).json().total).toBe(0);

      const blank = await post(explanation, s.handler.token, { text: '   ' });
      expect(blank.statusCode).toBe(400);
      expect(blank.json().error.fields).toEqual([expect.objectContaining({ field: 'text' })]);
      const explained = await post(explanation, s.handler.token, { text: '需现场核查，申请人改约两次' });
      expect(explained.statusCode).toBe(200);
      expect(explained.json()).toMatchObject({ status: 'explained', explainedLate: true, explanation: '需现场核查，申请人改约两次', explainedBy: s.handler.id });
      const again = await post(explanation, s.handler.token, { text: '再说明' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('supervision.already_explained');

      // The period report: per department and handler, with the explanation.
      const report = (await get('/api/v1/supervision/overdue-report?from=2026-03-01&to=2026-03-31', s.supervisor.token)).json();
      expect(report).toMatchObject({
        region: { code: s.city }, from: '2026-03-01', to: '2026-03-31',
        totals: { overdue: 1, cases: 1, explained: 1, late: 0, explainedLate: 1, byKind: { step: 1, decision: 0 } },
        departments: [{ departmentId: s.bureau.id, overdue: 1, handlers: [{
          handlerId: s.handler.id, overdue: 1, records: [{ id: record!.id, explanation: '需现场核查，申请人改约两次', status: 'explained' }],
        }] }],
      });
      expect((await get('/api/v1/supervision/overdue-report?from=2026-04-01&to=2026-04-30', s.supervisor.token)).json().totals.overdue).toBe(0);
    });

    it('records a red decision clock, the statutory breach apart, and a deemed acceptance as the office\'s lapse', async () => {
      t.clock.set(new Date('2026-03-23T09:00:00+08:00'));
      const s = await buildIntakeScene(t, { promisedDays: 2, statutoryDays: 3 });
      const caseId = await kit.acceptedCase(s);
      const { id: unanswered } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      // Accepted Monday 03-23: promised 2 workdays → due 03-25; statutory 3 → 03-26.
      await kit.moveTo('2026-03-26T00:00:00+08:00');
      expect((await records({ caseId })).map((r) => r.kind).sort()).toEqual(['decision', 'step']);
      await kit.moveTo('2026-03-26T23:59:59.999+08:00');
      expect((await records({ caseId })).filter((r) => r.kind === 'statutory')).toEqual([]);
      await kit.moveTo('2026-03-27T00:00:00+08:00');
      const statutory = (await records({ caseId })).filter((r) => r.kind === 'statutory');
      expect(statutory).toEqual([expect.objectContaining({ due_at: '2026-03-26T15:59:59.999Z', overdue_on: '2026-03-27', handler_id: null })]);
      // No head named: the department's approvers stand in; each kind told once.
      const redKinds = (await kit.notices(s.approver.id, 'supervision.red')).map((p) => p.kind).sort();
      expect(redKinds).toEqual(['decision', 'statutory', 'step']);

      const byKind = async (kind: string) => (await get(`/api/v1/supervision/warnings?level=red&kind=${kind}`, s.supervisor.token)).json();
      expect((await byKind('statutory')).cases).toEqual([expect.objectContaining({
        id: caseId, kind: 'statutory', warning: 'red', statutoryBreach: true, dueAt: '2026-03-26T23:59:59.999+08:00', remainingWorkdays: 0,
      })]);
      expect((await byKind('statutory')).tasks).toEqual([]);
      expect((await byKind('decision')).cases).toEqual([expect.objectContaining({ id: caseId, kind: 'decision', dueAt: '2026-03-25T23:59:59.999+08:00' })]);
      expect((await byKind('acceptance')).cases).toEqual([]);
      expect((await get('/api/v1/supervision/overdue-records?kind=statutory', s.supervisor.token)).json().records).toEqual([
        expect.objectContaining({ caseId, kind: 'statutory' }),
      ]);

      // The other application, received 03-23 and never answered: 5 workdays → 03-30; deemed accepted from 03-31.
      await kit.moveTo('2026-03-31T00:00:00+08:00');
      expect((await get(`/api/v1/cases/${unanswered}`, s.supervisor.token)).json()).toMatchObject({ status: 'in_progress', deemedAccepted: true });
      // Its decision clock counts from receipt (03-23), so it is at once past its promised and statutory limits too.
      const lapses = await records({ caseId: unanswered });
      expect(lapses.map((r) => r.kind).sort()).toEqual(['acceptance', 'decision', 'statutory']);
      expect(lapses.find((r) => r.kind === 'acceptance')).toMatchObject({ due_at: '2026-03-30T15:59:59.999Z', overdue_on: '2026-03-31' });
      expect((await kit.notices(s.supervisor.id, 'supervision.red')).filter((p) => p.kind === 'acceptance')).toHaveLength(1);
      await kit.moveTo('2026-03-31T10:00:00+08:00');
      expect(await records({ caseId: unanswered })).toHaveLength(3);

      // The board counts this city's red and yellow by department and by item: both cases are red and past the
      // statutory limit; the first case's review task (1 workday from 03-23, due 03-24) is red; the deemed case's
      // review task, started 03-31 with 1 workday (due 04-01, threshold 1), is not yet yellow (2 workdays left).
      const board = (await get('/api/v1/supervision/board', s.supervisor.token)).json();
      const line = { key: s.bureau.id, name: s.bureau.name, cases: { red: 2, yellow: 0, statutory: 2 }, tasks: { red: 1, yellow: 0 } };
      expect(board.departments).toEqual([line]);
      expect(board.items).toEqual([{ ...line, key: s.itemCode, name: '食品经营许可' }]);
      expect(board.totals).toEqual({ cases: line.cases, tasks: line.tasks });
      // The lists' totals are the whole list's, whichever page is asked: read off a page that ends short, counted
      // beside a full page or one past the end.
      for (const page of ['', '&limit=1', '&limit=2', '&limit=1&offset=1', '&limit=1&offset=5']) {
        expect((await get(`/api/v1/supervision/warnings?level=red${page}`, s.supervisor.token)).json()).toMatchObject({ totalCases: 2, totalTasks: 1 });
      }

    });

    it('filters by department, item, handler and kind, stays within the region, and names bad fields', async () => {
      t.clock.set(new Date('2026-04-01T09:00:00+08:00'));
      const s = await buildIntakeScene(t);
      const caseId = await kit.acceptedCase(s);
      const task = await kit.openTask(caseId, 'review');
      expect((await post(`/api/v1/tasks/${task.id}/claim`, s.handler.token)).statusCode).toBe(200);
      // Review: 5 workdays from Wednesday 04-01 → 04-02, 03, 07, 08, 09 (清明 04-04 to 04-06) → due 04-09; red from 04-10.
      await kit.moveTo('2026-04-10T00:00:00+08:00');
      const red = (query: string, token = s.supervisor.token) => get(`/api/v1/supervision/warnings?level=red${query}`, token);
      const ids = async (query: string) => (await red(query)).json().tasks.map((x: { id: string }) => x.id);
      expect(await ids('')).toEqual([task.id]);
      expect(await ids(`&department=${s.bureau.id}`)).toEqual([task.id]);
      expect(await ids(`&item=${s.itemCode}`)).toEqual([task.id]);
      expect(await ids('&item=NOSUCHITEM')).toEqual([]);
      expect(await ids(`&handler=${s.handler.id}`)).toEqual([task.id]);
      expect(await ids(`&handler=${s.approver.id}`)).toEqual([]);
      expect(await ids('&kind=decision')).toEqual([]);
      expect((await red(`&handler=${s.handler.id}&kind=decision`)).json().cases).toEqual([]);
      expect((await red('&limit=1&offset=1')).json()).toMatchObject({ tasks: [] });

      // Another city's supervisor sees none of it, and cannot ask for this city's department or report.
      const other = await buildIntakeScene(t);
      expect((await red('', other.supervisor.token)).json().tasks.map((x: { id: string }) => x.id)).not.toContain(task.id);
      const foreign = await red(`&department=${s.bureau.id}`, other.supervisor.token);
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().error.fields).toEqual([expect.objectContaining({ field: 'department' })]);
      expect((await get(`/api/v1/supervision/overdue-report?from=2026-04-01&to=2026-04-30&region=${s.city}`, other.supervisor.token)).statusCode).toBe(404);
      expect((await get('/api/v1/supervision/overdue-records', other.supervisor.token)).json().records.map((r: { taskId: string }) => r.taskId)).not.toContain(task.id);
      // Only supervision reads the warnings.
      expect((await red('', s.handler.token)).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/supervision/warnings' })).statusCode).toBe(401);

      const bad = await get('/api/v1/supervision/warnings?level=purple&kind=other&limit=0', s.supervisor.token);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['kind', 'level', 'limit']);
      const period = await get('/api/v1/supervision/overdue-report?from=2026-04-30&to=2026-04-01', s.supervisor.token);
      expect(period.statusCode).toBe(400);
      expect(period.json().error.fields).toEqual([expect.objectContaining({ field: 'to' })]);
      const missing = await get('/api/v1/supervision/overdue-report?from=2026-04-01', s.supervisor.token);
      expect(missing.json().error.fields).toEqual([expect.objectContaining({ field: 'to' })]);
    });

    it('warns of a suspension still open past the length the applicant was told (kind suspension)', async () => {
      t.clock.set(new Date('2026-04-13T09:00:00+08:00'));
      const s = await buildIntakeScene(t);
      const caseId = await kit.acceptedCase(s);
      const suspended = await post(`/api/v1/cases/${caseId}/suspend`, s.handler.token, { reason: '组织专家评审', kind: 'expert_review', expectedWorkdays: 2 });
      expect(suspended.statusCode).toBe(200);
      // Paused Monday 04-13 for 2 workdays, the pause day counting (DOMAIN.md §5): 04-13 and 04-14; overdue from 04-15.
      await kit.moveTo('2026-04-14T23:59:59.999+08:00');
      expect(await records({ caseId })).toEqual([]);
      await kit.moveTo('2026-04-15T00:00:00.000+08:00');
      expect(await records({ caseId })).toEqual([expect.objectContaining({ kind: 'suspension', due_at: '2026-04-14T15:59:59.999Z', overdue_on: '2026-04-15' })]);
      const red = (await get('/api/v1/supervision/warnings?level=red&kind=suspension', s.supervisor.token)).json();
      expect(red.cases).toEqual([expect.objectContaining({ id: caseId, status: 'suspended', kind: 'suspension', dueAt: '2026-04-14T23:59:59.999+08:00' })]);
      expect((await kit.notices(s.approver.id, 'supervision.red')).map((p) => p.kind)).toEqual(['suspension']);

      // The review step (5 workdays from 04-13, stored due 04-20) stands still while suspended: past its stored
      // due instant it is neither listed nor recorded as overdue; its clock moves on resume.
      const review = await kit.openTask(caseId, 'review');
      await kit.moveTo('2026-04-22T09:00:00.000+08:00');
      expect(await records({ taskId: review.id })).toEqual([]);
      const tasks = (await get('/api/v1/supervision/warnings?kind=step', s.supervisor.token)).json().tasks as { id: string }[];
      expect(tasks.map((task) => task.id)).not.toContain(review.id);
    });

    it('stops counting a statutory breach once the case is granted and runs its delivery clock', async () => {
      t.clock.set(new Date('2026-04-22T10:00:00+08:00'));
      const s = await buildIntakeScene(t, { promisedDays: 2, statutoryDays: 3 });
      const caseId = await kit.acceptedCase(s);
      // Accepted Wednesday 04-22: statutory 3 workdays → 04-27; breached from 04-28.
      await kit.moveTo('2026-04-28T09:00:00+08:00');
      expect((await get('/api/v1/supervision/board', s.supervisor.token)).json().totals.cases).toMatchObject({ red: 1, statutory: 1 });
      for (const [step, token] of [['review', s.handler.token], ['decide', s.approver.token]] as const) {
        const task = await kit.openTask(caseId, step);
        expect((await post(`/api/v1/tasks/${task.id}/complete`, token, { decision: 'approve', opinion: '同意' })).statusCode).toBe(200);
      }
      // Granted 04-28: delivery within 10 workdays (ALL Art. 44); with 劳动节 (05-01..05-05 off, 05-09 worked) due 05-14,
      // yellow for its last 4 workdays (ceil(10 / 3)), from 05-11.
      await kit.moveTo('2026-05-11T09:00:00+08:00');
      const board = (await get('/api/v1/supervision/board', s.supervisor.token)).json();
      expect(board.totals.cases).toEqual({ red: 0, yellow: 1, statutory: 0 });
      const listed = (await get('/api/v1/supervision/warnings', s.supervisor.token)).json().cases;
      expect(listed).toEqual([expect.objectContaining({ id: caseId, kind: 'delivery', statutoryBreach: false })]);
    });
  });
}
