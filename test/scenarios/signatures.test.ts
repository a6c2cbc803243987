import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildCity, buildDepartment, buildStaff, signIn } from '../support/factories.js';
import { application, buildIntakeScene } from '../support/intake-factories.js';

interface TaskJson { id: string; caseId: string; stepKey: string; onBehalfOf: string | null }
interface SignatureJson { id: string; caseId: string; stepKey: string; decision: string; principalId: string; actedBy: string; status: string; opinion: string | null }

// 2026-03-02 is a Monday; the absences below run over that week. The simulated clock only moves forward,
// so the test that moves it to the next week comes last.
for (const dialect of DIALECTS) {
  describe(`sign later (事后补签, DOMAIN.md §6) [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect, { sessionHours: 24 * 365 }); });
    afterAll(async () => { await t.close(); });

    const post = (url: string, token: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: bearer(token), payload });
    const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
    const taskOf = async (token: string, caseId: string): Promise<TaskJson | undefined> =>
      (await get('/api/v1/tasks?mine=true', token)).json().tasks.find((task: TaskJson) => task.caseId === caseId);
    const signatures = async (token: string, status = 'pending'): Promise<SignatureJson[]> => {
      const response = await get(`/api/v1/signatures?status=${status}`, token);
      expect(response.statusCode).toBe(200);
      return response.json().signatures;
    };

    /** A scene with an accepted case and a backup (B岗) for `absent`, who is away this week. */
    async function sceneWithBackup(absent: 'handler' | 'approver') {
      t.clock.set(new Date('2026-03-02T09:00:00+08:00'));
      const s = await buildIntakeScene(t);
      const { id: caseId } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      expect((await post(`/api/v1/cases/${caseId}/accept`, s.clerk.token)).statusCode).toBe(200);
      const backup = await buildStaff(t, s.bureau, ['analyst']);
      const patched = await t.app.inject({
        method: 'PATCH', url: `/api/v1/users/${s[absent].id}`, headers: bearer(s.token),
        payload: { backupUserId: backup.id, absence: { from: '2026-03-01', to: '2026-03-06' } },
      });
      expect(patched.statusCode).toBe(200);
      return { s, caseId: caseId as string, backup: { ...backup, token: await signIn(t, backup.username) } };
    }

    it('asks a signature only for decisions: a backup\'s review vote needs none, a denial on the decide step does', async () => {
      const { s, caseId, backup } = await sceneWithBackup('handler');
      const review = await taskOf(backup.token, caseId);
      expect(review).toMatchObject({ stepKey: 'review', onBehalfOf: s.handler.id });
      expect((await post(`/api/v1/tasks/${review!.id}/complete`, backup.token, { decision: 'approve', opinion: '代为审查同意' })).statusCode).toBe(200);
      expect(await signatures(s.handler.token)).toEqual([]);

      // The approver's own decision needs no later signature either.
      const decide = await taskOf(s.approver.token, caseId);
      expect((await post(`/api/v1/tasks/${decide!.id}/complete`, s.approver.token, { decision: 'deny', opinion: '经营场所不符合卫生条件' })).statusCode).toBe(200);
      expect(await signatures(s.approver.token)).toEqual([]);

      const { s: s2, caseId: second, backup: approverBackup } = await sceneWithBackup('approver');
      const review2 = await taskOf(s2.handler.token, second);
      await post(`/api/v1/tasks/${review2!.id}/complete`, s2.handler.token, { decision: 'approve', opinion: '同意' });
      const decide2 = await taskOf(approverBackup.token, second);
      expect((await post(`/api/v1/tasks/${decide2!.id}/complete`, approverBackup.token, { decision: 'deny', opinion: '不符合法定条件' })).statusCode).toBe(200);
      expect(await signatures(s2.approver.token)).toEqual([expect.objectContaining({ caseId: second, decision: 'deny', actedBy: approverBackup.id })]);
    });

    it('voids the signature of a decision the backup withdraws while the next step is untouched', async () => {
      const { s, backup } = await sceneWithBackup('approver');
      // An item whose decision is followed by a step (the handler prepares the license afterwards).
      const code = `DEC${t.deps.newId().slice(0, 8).toUpperCase()}`;
      const item = {
        code, name: '先决定后制证', type: '01', departmentId: s.bureau.id, statutoryDays: 20, promisedDays: 10,
        materials: [{ code: 'id', name: '身份证明', required: true, deferrable: false }],
        steps: [
          { key: 'decide', name: '决定', kind: 'decide', departmentId: s.bureau.id, role: 'approver', workdays: 2 },
          { key: 'issue', name: '制证', kind: 'review', departmentId: s.bureau.id, role: 'handler', workdays: 2 },
        ],
      };
      expect((await post('/api/v1/items', s.token, item)).statusCode).toBe(201);
      expect((await post(`/api/v1/items/${code}/publish`, s.token)).statusCode).toBe(200);
      const { id: caseId } = (await post('/api/v1/cases', s.applicant.token, { itemCode: code, form: {}, materials: [{ code: 'id' }] })).json();
      expect((await post(`/api/v1/cases/${caseId}/accept`, s.clerk.token)).statusCode).toBe(200);
      const decide = await taskOf(backup.token, caseId);
      expect((await post(`/api/v1/tasks/${decide!.id}/complete`, backup.token, { decision: 'approve', opinion: '代为决定' })).statusCode).toBe(200);
      expect(await signatures(s.approver.token)).toHaveLength(1);
      expect((await post(`/api/v1/tasks/${decide!.id}/withdraw`, backup.token)).statusCode).toBe(200);
      expect(await signatures(s.approver.token)).toEqual([]);
      const voided = await t.deps.store.db.selectFrom('pending_signatures').select('status').where('task_id', '=', decide!.id).execute();
      expect(voided).toEqual([{ status: 'void' }]);
    });

    it('lists a decision a backup took for the absent approver until the approver signs it', async () => {
      const { s, caseId, backup } = await sceneWithBackup('approver');
      const review = await taskOf(s.handler.token, caseId);
      expect((await post(`/api/v1/tasks/${review!.id}/complete`, s.handler.token, { decision: 'approve', opinion: '同意' })).statusCode).toBe(200);
      const decide = await taskOf(backup.token, caseId);
      expect(decide).toMatchObject({ stepKey: 'decide', onBehalfOf: s.approver.id });
      const granted = await post(`/api/v1/tasks/${decide!.id}/complete`, backup.token, { decision: 'approve', opinion: '代为决定：准予许可' });
      expect(granted.json()).toMatchObject({ outcome: 'concluded', result: 'granted' });

      const owed = await signatures(s.approver.token);
      expect(owed).toEqual([expect.objectContaining({
        caseId, taskId: decide!.id, stepKey: 'decide', decision: 'approve', principalId: s.approver.id, actedBy: backup.id, status: 'pending', opinion: null,
      })]);
      const signature = owed[0]!;
      expect(await signatures(backup.token)).toEqual([]);
      expect(await signatures(s.handler.token)).toEqual([]);
      expect((await signatures(s.supervisor.token)).map((x) => x.id)).toEqual([signature.id]);
      const elsewhere = await buildStaff(t, await buildDepartment(t, await buildCity(t), { name: '外市监察' }), ['supervisor']);
      const elsewhereToken = await signIn(t, elsewhere.username);
      expect(await signatures(elsewhereToken)).toEqual([]);
      expect((await get('/api/v1/signatures', s.applicant.token)).statusCode).toBe(403);

      // Only the principal signs: the backup and a supervisor see it (403), others learn nothing (404).
      expect((await post(`/api/v1/signatures/${signature.id}/sign`, backup.token)).statusCode).toBe(403);
      expect((await post(`/api/v1/signatures/${signature.id}/sign`, s.supervisor.token)).statusCode).toBe(403);
      expect((await post(`/api/v1/signatures/${signature.id}/sign`, elsewhereToken)).statusCode).toBe(404);
      expect((await post(`/api/v1/signatures/${signature.id}/sign`, s.applicant.token)).statusCode).toBe(404);
      const bad = await post(`/api/v1/signatures/${signature.id}/sign`, s.approver.token, { opinion: 5 });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields).toEqual([expect.objectContaining({ field: 'opinion' })]);
      expect((await get('/api/v1/signatures?status=unsigned', s.approver.token)).statusCode).toBe(400);
      expect(await signatures(s.approver.token)).toHaveLength(1);

      // A week later the approver is back and signs.
      t.clock.set(new Date('2026-03-09T09:30:00+08:00'));
      const signed = await post(`/api/v1/signatures/${signature.id}/sign`, s.approver.token, { opinion: '同意，补签' });
      expect(signed.statusCode).toBe(200);
      expect(signed.json()).toMatchObject({ id: signature.id, status: 'signed', opinion: '同意，补签', signedAt: '2026-03-09T09:30:00.000+08:00' });
      expect(await signatures(s.approver.token)).toEqual([]);
      expect(await signatures(s.supervisor.token)).toEqual([]);
      expect((await signatures(s.approver.token, 'signed')).map((x) => x.id)).toEqual([signature.id]);
      const twice = await post(`/api/v1/signatures/${signature.id}/sign`, s.approver.token);
      expect(twice.statusCode).toBe(409);
      expect(twice.json().error.code).toBe('signature.already_signed');

      const audited = await t.deps.store.db.selectFrom('audit_events').select(['action', 'actor_id']).where('entity', '=', 'signature').where('entity_id', '=', signature.id).orderBy('seq').execute();
      expect(audited).toEqual([{ action: 'signature.open', actor_id: backup.id }, { action: 'signature.sign', actor_id: s.approver.id }]);
      const timeline = (await get(`/api/v1/cases/${caseId}`, s.approver.token)).json().timeline as { action: string; actorId: string }[];
      expect(timeline.at(-1)).toMatchObject({ action: 'signature.sign', actorId: s.approver.id });
    });
  });
}
