import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildDepartment, buildStaff, signIn } from '../support/factories.js';
import { absentConsentJob } from '../../src/jobs/workflow-checks.js';
import { runDueJobs } from '../../src/jobs/scheduler.js';
import { changeCase } from '../../src/services/cases/change-case.js';
import { application, buildIntakeScene } from '../support/intake-factories.js';

interface TaskJson { id: string; caseId: string; stepKey: string; status: string; assigneeId: string | null; dueAt: string; warning: string }

// 2026-03-02 is a Monday; the clock starts there at 09:00 Asia/Shanghai.
for (const dialect of DIALECTS) {
  describe(`the workflow over HTTP (DOMAIN.md §6) [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect, { sessionHours: 24 * 365 }); });
    afterAll(async () => { await t.close(); });

    const post = (url: string, token: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: bearer(token), payload });
    const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
    const mine = async (token: string): Promise<TaskJson[]> => {
      const response = await get('/api/v1/tasks?mine=true', token);
      expect(response.statusCode).toBe(200);
      return response.json().tasks;
    };

    /** A scene with one accepted case: its review task waits in the handlers' pool. */
    async function acceptedCase() {
      t.clock.set(new Date('2026-03-02T09:00:00+08:00'));
      const s = await buildIntakeScene(t);
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      expect((await post(`/api/v1/cases/${id}/accept`, s.clerk.token)).statusCode).toBe(200);
      return { s, caseId: id as string };
    }
    const taskOf = async (token: string, caseId: string) => (await mine(token)).find((task) => task.caseId === caseId);

    /**
     * Publishes an item whose parallel step (2 workdays, absent means consent) has a branch in the scene's bureau and
     * one in `other`, then a decide step unless `lastStep`; files and accepts a case of it now. Returns the case id.
     */
    async function consentingCase(s: Awaited<ReturnType<typeof buildIntakeScene>>, other: { id: string }, name: string, lastStep: boolean) {
      const code = `PAR${t.deps.newId().slice(0, 8).toUpperCase()}`;
      const joint = { key: 'joint', name, kind: 'parallel', departmentId: s.bureau.id, workdays: 2, join: 'all', absentMeansConsent: true,
        branches: [{ departmentId: s.bureau.id, role: 'handler' }, { departmentId: other.id, role: 'handler' }] };
      const decide = { key: 'decide', name: '决定', kind: 'decide', departmentId: s.bureau.id, role: 'approver', workdays: 1 };
      const item = {
        code, name, type: '01', departmentId: s.bureau.id, statutoryDays: 20, promisedDays: 10,
        materials: [{ code: 'id', name: '身份证明', required: true, deferrable: false }],
        form: [{ key: 'shopName', label: '店铺名称', type: 'text', required: true }],
        steps: lastStep ? [joint] : [joint, decide],
      };
      expect((await post('/api/v1/items', s.token, item)).statusCode).toBe(201);
      expect((await post(`/api/v1/items/${code}/publish`, s.token)).statusCode).toBe(200);
      const { id: caseId } = (await post('/api/v1/cases', s.applicant.token, { itemCode: code, form: { shopName: '小店' }, materials: [{ code: 'id' }] })).json();
      expect((await post(`/api/v1/cases/${caseId}/accept`, s.clerk.token)).statusCode).toBe(200);
      return caseId as string;
    }

    it('runs review → decide to a grant, visible on the case with its timeline', async () => {
      const { s, caseId } = await acceptedCase();
      const review = await taskOf(s.handler.token, caseId);
      // review: max(1, floor(10/2)) = 5 workdays from Monday 2 March → Monday 9 March.
      expect(review).toMatchObject({ stepKey: 'review', status: 'open', assigneeId: null, dueAt: '2026-03-09T23:59:59.999+08:00', warning: 'none' });
      expect(await taskOf(s.approver.token, caseId)).toBeUndefined();

      const approved = await post(`/api/v1/tasks/${review!.id}/complete`, s.handler.token, { decision: 'approve', opinion: '材料齐全，符合条件' });
      expect(approved.statusCode).toBe(200);
      expect(approved.json()).toMatchObject({ outcome: 'continue', caseStatus: 'in_progress' });
      expect(await taskOf(s.handler.token, caseId)).toBeUndefined();
      const decide = await taskOf(s.approver.token, caseId);
      expect(decide).toMatchObject({ stepKey: 'decide', status: 'open' });

      const granted = await post(`/api/v1/tasks/${decide!.id}/complete`, s.approver.token, { decision: 'approve', opinion: '准予许可' });
      expect(granted.statusCode).toBe(200);
      expect(granted.json()).toMatchObject({ outcome: 'concluded', result: 'granted', caseStatus: 'concluded' });

      const view = (await get(`/api/v1/cases/${caseId}`, s.applicant.token)).json();
      expect(view).toMatchObject({ status: 'concluded', result: 'granted' });
      expect(view.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'accept', 'task.approve', 'task.approve', 'conclude']);
      const inbox = (await get('/api/v1/notifications', s.applicant.token)).json();
      expect(inbox.notifications.map((n: { event: string }) => n.event)).toContain('case.concluded');
      const audited = await t.deps.store.db.selectFrom('audit_events').select('action').where('entity', '=', 'task').where('entity_id', '=', decide!.id).execute();
      expect(audited.map((a) => a.action)).toEqual(['task.approve']);
      // Nothing more happens to a concluded case.
      expect((await post(`/api/v1/tasks/${decide!.id}/complete`, s.approver.token, { decision: 'approve' })).statusCode).toBe(409);
    });

    it('denies on the decide step (with a reason); a review step may not deny', async () => {
      const { s, caseId } = await acceptedCase();
      const review = await taskOf(s.handler.token, caseId);
      expect((await post(`/api/v1/tasks/${review!.id}/complete`, s.handler.token, { decision: 'deny', opinion: '不符合' })).statusCode).toBe(422);
      await post(`/api/v1/tasks/${review!.id}/complete`, s.handler.token, { decision: 'approve', opinion: '同意' });
      const decide = await taskOf(s.approver.token, caseId);
      expect((await post(`/api/v1/tasks/${decide!.id}/complete`, s.approver.token, { decision: 'deny', opinion: ' ' })).statusCode).toBe(422);
      const denied = await post(`/api/v1/tasks/${decide!.id}/complete`, s.approver.token, { decision: 'deny', opinion: '经营场所不符合卫生条件' });
      expect(denied.statusCode).toBe(200);
      expect((await get(`/api/v1/cases/${caseId}`, s.applicant.token)).json()).toMatchObject({ status: 'concluded', result: 'denied' });
    });

    it('returns from decide to review, which starts again in the handlers\' pool', async () => {
      const { s, caseId } = await acceptedCase();
      const review = await taskOf(s.handler.token, caseId);
      await post(`/api/v1/tasks/${review!.id}/complete`, s.handler.token, { decision: 'approve', opinion: '同意' });
      const decide = await taskOf(s.approver.token, caseId);
      expect((await post(`/api/v1/tasks/${decide!.id}/complete`, s.approver.token, { decision: 'return', opinion: '请核实场所面积' })).statusCode).toBe(400);
      const returned = await post(`/api/v1/tasks/${decide!.id}/complete`, s.approver.token, { decision: 'return', opinion: '请核实场所面积', returnTo: 'review' });
      expect(returned.statusCode).toBe(200);
      expect(returned.json()).toMatchObject({ outcome: 'returned', returnedTo: 'review', caseStatus: 'in_progress' });
      const again = await taskOf(s.handler.token, caseId);
      expect(again).toMatchObject({ stepKey: 'review', status: 'open', assigneeId: null });
      expect(again!.id).not.toBe(review!.id);
      expect(await taskOf(s.approver.token, caseId)).toBeUndefined();
    });

    it('lets one of two simultaneous approvals of a task win; the other gets 409', async () => {
      const { s, caseId } = await acceptedCase();
      const review = await taskOf(s.handler.token, caseId);
      const second = await buildStaff(t, s.bureau, ['handler']);
      const secondToken = await signIn(t, second.username);
      const answers = await Promise.all([
        post(`/api/v1/tasks/${review!.id}/complete`, s.handler.token, { decision: 'approve', opinion: '同意' }),
        post(`/api/v1/tasks/${review!.id}/complete`, secondToken, { decision: 'approve', opinion: '同意' }),
      ]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
      const decides = (await mine(s.approver.token)).filter((task) => task.caseId === caseId);
      expect(decides).toHaveLength(1);
    });

    it('shows pool tasks to their department and role only; another department\'s handler gets 404', async () => {
      const { s, caseId } = await acceptedCase();
      const review = await taskOf(s.handler.token, caseId);
      const otherBureau = await buildDepartment(t, s.city, { name: '市场监督管理局' });
      const outsider = await buildStaff(t, otherBureau, ['handler']);
      const outsiderToken = await signIn(t, outsider.username);
      expect(await taskOf(outsiderToken, caseId)).toBeUndefined();
      expect(await taskOf(s.supervisor.token, caseId)).toBeUndefined();
      expect((await post(`/api/v1/tasks/${review!.id}/complete`, outsiderToken, { decision: 'approve', opinion: '同意' })).statusCode).toBe(404);
      expect((await post(`/api/v1/tasks/${review!.id}/claim`, outsiderToken)).statusCode).toBe(404);
      // The approver of the same bureau sees the case but does not hold the handlers' task.
      expect((await post(`/api/v1/tasks/${review!.id}/complete`, s.approver.token, { decision: 'approve', opinion: '同意' })).statusCode).toBe(403);

      const claimed = await post(`/api/v1/tasks/${review!.id}/claim`, s.handler.token);
      expect(claimed.statusCode).toBe(200);
      expect(await taskOf(s.handler.token, caseId)).toMatchObject({ status: 'claimed', assigneeId: s.handler.id });
    });

    it('lets a backup act on an absent colleague\'s pool task (AB岗), recorded on their behalf', async () => {
      const { s, caseId } = await acceptedCase();
      // The backup (B岗) is a colleague of the same department without the handler role.
      const backup = await buildStaff(t, s.bureau, ['analyst']);
      const backupToken = await signIn(t, backup.username);
      expect(await taskOf(backupToken, caseId)).toBeUndefined();
      const patched = await t.app.inject({
        method: 'PATCH', url: `/api/v1/users/${s.handler.id}`, headers: bearer(s.token),
        payload: { backupUserId: backup.id, absence: { from: '2026-03-01', to: '2026-03-06' } },
      });
      expect(patched.statusCode).toBe(200);
      const review = await taskOf(backupToken, caseId);
      expect(review).toMatchObject({ stepKey: 'review', onBehalfOf: s.handler.id });
      expect((await post(`/api/v1/tasks/${review!.id}/complete`, backupToken, { decision: 'approve', opinion: '代为审查同意' })).statusCode).toBe(200);
      const row = await t.deps.store.db.selectFrom('tasks').selectAll().where('id', '=', review!.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'done', completed_by: backup.id, on_behalf_of: s.handler.id });
    });

    it('closes an unanswered branch of an absent-means-consent parallel step as consent when its clock runs out', async () => {
      t.clock.set(new Date('2026-03-02T09:00:00+08:00'));
      const s = await buildIntakeScene(t);
      const other = await buildDepartment(t, s.city, { name: '消防救援支队' });
      const otherHandler = await buildStaff(t, other, ['handler']);
      const caseId = await consentingCase(s, other, '联合验收', false);
      const own = await taskOf(s.handler.token, caseId);
      const otherToken = await signIn(t, otherHandler.username);
      expect(await taskOf(otherToken, caseId)).toMatchObject({ stepKey: 'joint', dueAt: '2026-03-04T23:59:59.999+08:00' });
      expect((await post(`/api/v1/tasks/${own!.id}/complete`, s.handler.token, { decision: 'approve', opinion: '同意' })).statusCode).toBe(200);
      expect(await taskOf(s.approver.token, caseId)).toBeUndefined();

      t.clock.set(new Date('2026-03-05T09:00:00+08:00'));
      const pass = await runDueJobs(t.deps, [absentConsentJob], { force: true });
      expect(pass.failed).toEqual([]);
      expect(await taskOf(otherToken, caseId)).toBeUndefined();
      expect(await taskOf(s.approver.token, caseId)).toMatchObject({ stepKey: 'decide' });
      const view = (await get(`/api/v1/cases/${caseId}`, s.applicant.token)).json();
      expect(view.timeline.map((e: { action: string }) => e.action)).toContain('task.consent');
    });

    it.runIf(dialect === 'postgres')('locks a changing case without its department row, so that cases of one department do not queue', async () => {
      // On whatever day the test before left the clock (acceptedCase would turn it back).
      const s = await buildIntakeScene(t);
      const { id: caseId } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      expect((await post(`/api/v1/cases/${caseId}/accept`, s.clerk.token)).statusCode).toBe(200);
      const system = { ...t.deps, actor: null, ip: null };
      const stop = new Error('rolled back on purpose');
      const change = changeCase(system, caseId, 'suspend', 'system', async () => {
        // Another connection, while this one holds the case: the department's row is free.
        await t.deps.store.db.selectFrom('departments').select('id').where('id', '=', s.bureau.id).forUpdate().noWait().execute();
        throw stop;
      });
      await expect(change).rejects.toBe(stop);
    });

    it('concludes the case when the last step is a parallel one whose unanswered branch consents: granted, licensed, told', async () => {
      // After the test above, whose clock stopped on Thursday 5 March: Monday 9 March, the branch due on the 11th.
      t.clock.set(new Date('2026-03-09T09:00:00+08:00'));
      const s = await buildIntakeScene(t);
      const other = await buildDepartment(t, s.city, { name: '市场监督管理局' });
      // Staffed, as publishing asks; the branch is never answered.
      await buildStaff(t, other, ['handler']);
      const caseId = await consentingCase(s, other, '联合审查', true);
      const own = await taskOf(s.handler.token, caseId);
      expect((await post(`/api/v1/tasks/${own!.id}/complete`, s.handler.token, { decision: 'approve', opinion: '同意' })).statusCode).toBe(200);

      t.clock.set(new Date('2026-03-12T09:00:00+08:00'));
      const pass = await runDueJobs(t.deps, [absentConsentJob], { force: true });
      expect(pass.failed).toEqual([]);
      const view = (await get(`/api/v1/cases/${caseId}`, s.applicant.token)).json();
      expect(view).toMatchObject({ status: 'concluded', result: 'granted' });
      expect(view.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'accept', 'task.approve', 'task.consent', 'conclude']);
      expect((await get(`/api/v1/cases/${caseId}/license`, s.applicant.token)).statusCode).toBe(200);
      const inbox = (await get('/api/v1/notifications', s.applicant.token)).json();
      expect(inbox.notifications.map((n: { event: string }) => n.event)).toEqual(expect.arrayContaining(['case.concluded', 'rating.requested']));
      const audited = await t.deps.store.db.selectFrom('audit_events').select('action').where('entity_id', '=', caseId).execute();
      expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['task.consent', 'conclude']));
    });
  });
}
