import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildCity, buildDepartment, buildStaff, signIn } from '../support/factories.js';
import { buildApplicant } from '../support/intake-factories.js';
import { form } from '../support/multipart.js';

interface CaseTaskJson { id: string; stepKey: string; status: string; actions: string[]; decision: string | null; opinion: string | null; completedByName: string | null; warning: string | null }

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

// 2026-03-02 is a Monday; the clock starts there at 09:00 Asia/Shanghai.
for (const dialect of DIALECTS) {
  describe(`the staff workbench's reads (docs/workbench.md) [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect, { sessionHours: 24 * 365 }); });
    afterAll(async () => { await t.close(); });

    const post = (url: string, token: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: bearer(token), payload });
    const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });

    /**
     * A bureau whose review step is done by one of its divisions (登记处), as in the demo's market bureau: the
     * division's handlers reach the bureau's case only because their department works on it.
     */
    async function divisionScene() {
      t.clock.set(new Date('2026-03-02T09:00:00+08:00'));
      const city = await buildCity(t);
      const bureau = await buildDepartment(t, city, { name: '市场监督管理局' });
      const division = await buildDepartment(t, city, { name: '登记注册处', kind: 'division', parent: bureau });
      const hall = await buildDepartment(t, city, { name: '政务服务大厅', kind: 'hall', parent: bureau });
      const other = await buildDepartment(t, city, { name: '交通运输局' });
      const admin = await buildStaff(t, bureau, ['admin']);
      const adminToken = await signIn(t, admin.username);
      const staff = async (department: typeof bureau, roles: Parameters<typeof buildStaff>[2]) => {
        const user = await buildStaff(t, department, roles);
        return { ...user, token: await signIn(t, user.username) };
      };
      const [handler, handler2, approver, clerk, outsider] = [
        await staff(division, ['handler']), await staff(division, ['handler']), await staff(bureau, ['approver']),
        await staff(hall, ['clerk']), await staff(other, ['handler']),
      ];
      const code = `WB${t.deps.newId().slice(0, 8).toUpperCase()}`;
      const item = {
        code, name: '食品经营许可', type: '01', departmentId: bureau.id, statutoryDays: 20, promisedDays: 10,
        materials: [{ code: 'plan', name: '平面图', required: true, deferrable: false }],
        steps: [
          { key: 'review', name: '审查', kind: 'review', departmentId: division.id, role: 'handler', workdays: 5 },
          { key: 'decide', name: '决定', kind: 'decide', departmentId: bureau.id, role: 'approver', workdays: 2 },
        ],
      };
      expect((await post('/api/v1/items', adminToken, item)).statusCode).toBe(201);
      expect((await post(`/api/v1/items/${code}/publish`, adminToken)).statusCode).toBe(200);
      const applicant = await buildApplicant(t);
      const upload = form([{ name: 'materialCode', value: 'plan' }, { name: 'file', value: PDF, filename: 'plan.pdf', type: 'application/pdf' }]);
      const file = await t.app.inject({ method: 'POST', url: '/api/v1/files', payload: upload.payload, headers: { 'content-type': upload.type, ...bearer(applicant.token) } });
      expect(file.statusCode).toBe(201);
      const submitted = await post('/api/v1/cases', applicant.token, { itemCode: code, form: {}, materials: [{ code: 'plan', fileId: file.json().id }] });
      expect(submitted.statusCode).toBe(201);
      const caseId = submitted.json().id as string;
      return { code, caseId, fileId: file.json().id as string, handler, handler2, approver, clerk, outsider, applicant };
    }

    it('a division working on its bureau\'s case reaches it: the case, its files, the lists; another department does not', async () => {
      const s = await divisionScene();
      // Before acceptance no task exists: the division does not reach the bureau's case yet.
      expect((await get(`/api/v1/cases/${s.caseId}`, s.handler.token)).statusCode).toBe(404);
      expect((await post(`/api/v1/cases/${s.caseId}/accept`, s.clerk.token)).statusCode).toBe(200);

      expect((await get(`/api/v1/cases/${s.caseId}`, s.handler.token)).json()).toMatchObject({ id: s.caseId, status: 'in_progress' });
      expect((await get(`/api/v1/files/${s.fileId}/content`, s.handler.token)).statusCode).toBe(200);
      const listed = (await get('/api/v1/cases', s.handler.token)).json();
      expect(listed.cases.map((c: { id: string }) => c.id)).toEqual([s.caseId]);
      const allTasks = (await get('/api/v1/tasks?mine=false', s.handler.token)).json();
      expect(allTasks.tasks.map((task: { caseId: string }) => task.caseId)).toEqual([s.caseId]);

      for (const url of [`/api/v1/cases/${s.caseId}`, `/api/v1/cases/${s.caseId}/workflow`, `/api/v1/files/${s.fileId}/content`]) {
        expect((await get(url, s.outsider.token)).statusCode, url).toBe(404);
      }
      expect((await get('/api/v1/cases', s.outsider.token)).json()).toEqual({ cases: [], total: 0 });
      // The applicant sees the case but never the internal workflow with its opinions.
      expect((await get(`/api/v1/cases/${s.caseId}/workflow`, s.applicant.token)).statusCode).toBe(404);
    });

    it('the case workflow lists steps, tasks with opinions and people, and the operations each viewer may do now', async () => {
      const s = await divisionScene();
      await post(`/api/v1/cases/${s.caseId}/accept`, s.clerk.token);
      const workflow = async (token: string) => {
        const response = await get(`/api/v1/cases/${s.caseId}/workflow`, token);
        expect(response.statusCode).toBe(200);
        return response.json() as { steps: { key: string }[]; tasks: CaseTaskJson[] };
      };

      const first = await workflow(s.handler.token);
      expect(first.steps.map((step) => step.key)).toEqual(['review', 'decide']);
      expect(first.tasks).toHaveLength(1);
      // The first step cannot be returned or denied; the pool task may be claimed, approved or handed on.
      expect(first.tasks[0]).toMatchObject({ stepKey: 'review', status: 'open', warning: 'none', actions: ['claim', 'approve', 'transfer', 'delegate', 'add_signer'] });
      expect((await workflow(s.approver.token)).tasks[0]!.actions).toEqual([]);

      const reviewId = first.tasks[0]!.id;
      expect((await post(`/api/v1/tasks/${reviewId}/claim`, s.handler.token)).statusCode).toBe(200);
      expect((await workflow(s.handler2.token)).tasks[0]!.actions).toEqual([]);
      expect((await post(`/api/v1/tasks/${reviewId}/complete`, s.handler.token, { decision: 'approve', opinion: '材料齐全' })).statusCode).toBe(200);

      const afterReview = await workflow(s.handler.token);
      expect(afterReview.tasks.find((task) => task.id === reviewId)).toMatchObject({ status: 'done', decision: 'approve', opinion: '材料齐全', actions: ['withdraw'], warning: null });
      expect(afterReview.tasks.find((task) => task.stepKey === 'decide')!.actions).toEqual([]);
      const decide = (await workflow(s.approver.token)).tasks.find((task) => task.stepKey === 'decide')!;
      expect(decide.actions).toEqual(['claim', 'approve', 'return', 'deny', 'transfer', 'delegate', 'add_signer']);

      // Once the approver has claimed the decide task, the reviewer's withdraw is gone.
      await post(`/api/v1/tasks/${decide.id}/claim`, s.approver.token);
      expect((await workflow(s.handler.token)).tasks.find((task) => task.id === reviewId)!.actions).toEqual([]);
      await post(`/api/v1/tasks/${decide.id}/complete`, s.approver.token, { decision: 'approve', opinion: '准予许可' });
      const concluded = await workflow(s.approver.token);
      expect(concluded.tasks.every((task) => task.actions.length === 0)).toBe(true);
      expect(concluded.tasks.map((task) => task.completedByName)).toEqual([expect.any(String), expect.any(String)]);
    });

    it('colleagues: the active staff of my own department, me left out; the case list filters by item, dates and number', async () => {
      const s = await divisionScene();
      await post(`/api/v1/cases/${s.caseId}/accept`, s.clerk.token);
      const colleagues = (await get('/api/v1/colleagues', s.handler.token)).json().colleagues;
      expect(colleagues).toEqual([{ id: s.handler2.id, username: s.handler2.username, name: expect.any(String), roles: ['handler'], absent: false }]);
      expect((await get('/api/v1/colleagues', s.applicant.token)).statusCode).toBe(403);

      const caseNo = (await get(`/api/v1/cases/${s.caseId}`, s.approver.token)).json().caseNo as string;
      const ids = async (query: string) => {
        const response = await get(`/api/v1/cases?${query}`, s.approver.token);
        expect(response.statusCode, query).toBe(200);
        return response.json().cases.map((c: { id: string }) => c.id);
      };
      expect(await ids(`itemCode=${s.code}`)).toEqual([s.caseId]);
      expect(await ids('itemCode=NOPE')).toEqual([]);
      expect(await ids('receivedFrom=2026-03-02&receivedTo=2026-03-02')).toEqual([s.caseId]);
      expect(await ids('receivedFrom=2026-03-03')).toEqual([]);
      expect(await ids('receivedTo=2026-03-01')).toEqual([]);
      expect(await ids(`q=${caseNo.slice(-5)}`)).toEqual([s.caseId]);
      expect(await ids('q=99999-99999')).toEqual([]);
      const reversed = await get('/api/v1/cases?receivedFrom=2026-03-05&receivedTo=2026-03-02', s.approver.token);
      expect(reversed.statusCode).toBe(400);
      expect(reversed.json().error.fields).toEqual([{ field: 'receivedTo', message: expect.any(String) }]);
      expect((await get('/api/v1/cases?q=%25', s.approver.token)).statusCode).toBe(400);
    });
  });
}
