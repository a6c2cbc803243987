import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer } from '../support/factories.js';
import { samplePdf } from '../../src/core/files/testing/samples.js';
import { application, buildApplicant, buildIntakeScene } from '../support/intake-factories.js';
import { form } from '../support/multipart.js';

// 2026-03-02 is a Monday; the test clock starts there at 09:00 Asia/Shanghai.
for (const dialect of DIALECTS) {
  describe(`applying and acceptance (DOMAIN.md §4) [${dialect}]`, () => {
    let t: TestApp;
    // Sessions outlive the weeks these tests move the clock through.
    beforeAll(async () => { t = await buildTestApp(dialect, { sessionHours: 24 * 365 }); });
    afterAll(async () => { await t.close(); });

    const post = (url: string, token: string, payload?: object, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, headers: { ...bearer(token), ...headers }, ...(payload && { payload }) });
    const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
    const moveTo = (iso: string) => { t.clock.set(new Date(iso)); };

    it('walks an application through a missing material, the one-time notice, resubmission and acceptance', async () => {
      moveTo('2026-03-02T09:00:00+08:00');
      const s = await buildIntakeScene(t);
      const submitted = await post('/api/v1/cases', s.applicant.token, application(s.itemCode, [{ code: 'id' }]));
      expect(submitted.statusCode).toBe(201);
      const created = submitted.json();
      expect(created).toMatchObject({ status: 'submitted', queryCode: expect.stringMatching(/^\d{6}$/) });
      expect(created.caseNo).toMatch(new RegExp(`^${s.city}-20260302-\\d{5}$`));
      // ALL Art. 32: five workdays from receipt, the receipt day not counted: Mon 2 March → Mon 9 March.
      expect(created.acceptanceDueAt).toBe('2026-03-09T23:59:59.999+08:00');

      const notice = await post(`/api/v1/cases/${created.id}/correction-notice`, s.clerk.token, {
        problems: [{ materialCode: 'plan', problem: '未提交经营场所平面图' }, { materialCode: 'id', problem: '身份证复印件不清晰' }],
      });
      expect(notice.statusCode).toBe(200);
      expect(notice.json()).toMatchObject({ status: 'correction_required', supplementDueAt: '2026-03-30T23:59:59.999+08:00' });
      const second = await post(`/api/v1/cases/${created.id}/correction-notice`, s.clerk.token, { problems: [{ materialCode: 'photo', problem: '补充照片' }] });
      expect(second.statusCode).toBe(409);

      moveTo('2026-03-04T10:00:00+08:00');
      const resubmitted = await post(`/api/v1/cases/${created.id}/resubmit`, s.applicant.token, { materials: [{ code: 'plan' }] });
      expect(resubmitted.statusCode).toBe(200);
      // A new round and a new acceptance clock from Wednesday 4 March.
      expect(resubmitted.json()).toMatchObject({ status: 'submitted', round: 2, acceptanceDueAt: '2026-03-11T23:59:59.999+08:00' });

      const accepted = await post(`/api/v1/cases/${created.id}/accept`, s.clerk.token, {});
      expect(accepted.statusCode).toBe(200);
      // Decided within 10 promised workdays of Wednesday 4 March: Wednesday 18 March; statutory 20 → 1 April.
      expect(accepted.json()).toMatchObject({
        status: 'in_progress', dueAt: '2026-03-18T23:59:59.999+08:00', statutoryDueAt: '2026-04-01T23:59:59.999+08:00', warning: 'none',
      });
      const view = (await get(`/api/v1/cases/${created.id}`, s.applicant.token)).json();
      expect(view.timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'issueCorrectionNotice', 'resubmit', 'accept']);
      expect(view.correctionNotices).toHaveLength(1);
      const audited = await t.deps.store.db.selectFrom('audit_events').select('action').where('entity', '=', 'case').where('entity_id', '=', created.id).orderBy('seq').execute();
      expect(audited.map((a) => a.action)).toEqual(['submit', 'issueCorrectionNotice', 'resubmit', 'accept']);
      const inbox = (await get('/api/v1/notifications', s.applicant.token)).json();
      expect(inbox.notifications.map((n: { event: string }) => n.event)).toEqual(expect.arrayContaining(['case.submitted', 'case.correction_required', 'case.accepted']));
    });

    it('lets a second notice name only the materials the resubmission changed or added', async () => {
      const s = await buildIntakeScene(t);
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode, [{ code: 'id' }]))).json();
      await post(`/api/v1/cases/${id}/correction-notice`, s.clerk.token, { problems: [{ materialCode: 'plan', problem: '缺少' }] });
      await post(`/api/v1/cases/${id}/resubmit`, s.applicant.token, { materials: [{ code: 'plan' }] });
      const wrong = await post(`/api/v1/cases/${id}/correction-notice`, s.clerk.token, { problems: [{ materialCode: 'id', problem: '不清晰' }] });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.fields).toEqual([expect.objectContaining({ field: 'problems[0].materialCode' })]);
      const right = await post(`/api/v1/cases/${id}/correction-notice`, s.clerk.token, { problems: [{ materialCode: 'plan', problem: '平面图缺少尺寸' }] });
      expect(right.statusCode).toBe(200);
    });

    it('returns the first case for a retried submission with the same Idempotency-Key', async () => {
      const s = await buildIntakeScene(t);
      const headers = { 'idempotency-key': `retry-${s.itemCode}` };
      const first = await post('/api/v1/cases', s.applicant.token, application(s.itemCode), headers);
      const again = await post('/api/v1/cases', s.applicant.token, application(s.itemCode), headers);
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(first.json());
      const mismatch = await post('/api/v1/cases', s.applicant.token, { ...application(s.itemCode), form: { shopName: '别的店', phone: '13912345678' } }, headers);
      expect(mismatch.statusCode).toBe(422);
      const mine = (await get('/api/v1/cases', s.applicant.token)).json();
      expect(mine.total).toBe(1);
    });

    it('numbers concurrent submissions uniquely', async () => {
      const s = await buildIntakeScene(t);
      const responses = await Promise.all(Array.from({ length: 12 }, () => post('/api/v1/cases', s.applicant.token, application(s.itemCode))));
      expect(responses.every((r) => r.statusCode === 201)).toBe(true);
      const numbers = responses.map((r) => r.json().caseNo as string);
      expect(new Set(numbers).size).toBe(12);
    });

    it("hides a case from another applicant (404) and from staff of another city", async () => {
      const s = await buildIntakeScene(t);
      const other = await buildIntakeScene(t);
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      expect((await get(`/api/v1/cases/${id}`, other.applicant.token)).statusCode).toBe(404);
      expect((await get(`/api/v1/cases/${id}`, other.clerk.token)).statusCode).toBe(404);
      expect((await post(`/api/v1/cases/${id}/accept`, other.clerk.token, {})).statusCode).toBe(404);
      expect((await post(`/api/v1/cases/${id}/withdraw`, other.applicant.token, {})).statusCode).toBe(404);
      expect((await get(`/api/v1/cases/${id}`, s.clerk.token)).statusCode).toBe(200);
    });

    it('makes a clerk only propose a refusal, which an approver confirms (窗口无权否决)', async () => {
      const s = await buildIntakeScene(t);
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      const noReason = await post(`/api/v1/cases/${id}/refuse`, s.clerk.token, {});
      expect(noReason.statusCode).toBe(400);
      const proposed = await post(`/api/v1/cases/${id}/refuse`, s.clerk.token, { reason: '申请事项不属于本机关职权范围' });
      expect(proposed.json()).toMatchObject({ status: 'refusal_pending' });
      expect((await post(`/api/v1/cases/${id}/refuse`, s.clerk.token, { confirm: true })).statusCode).toBe(403);
      const confirmed = await post(`/api/v1/cases/${id}/refuse`, s.approver.token, { confirm: true });
      expect(confirmed.json()).toMatchObject({ status: 'refused', refusalReason: '申请事项不属于本机关职权范围' });
    });

    it('lets a supervisor decline a proposed refusal, sending the case back to intake', async () => {
      const s = await buildIntakeScene(t);
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      await post(`/api/v1/cases/${id}/refuse`, s.clerk.token, { reason: '材料不全' });
      const declined = await post(`/api/v1/cases/${id}/refuse`, s.supervisor.token, { confirm: false, reason: '应一次性告知补正' });
      expect(declined.json()).toMatchObject({ status: 'submitted' });
    });

    it('accepts with deferred materials only where the item allows and within the promised limit', async () => {
      const s = await buildIntakeScene(t);
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode, [{ code: 'id' }]))).json();
      const wrong = await post(`/api/v1/cases/${id}/accept`, s.clerk.token, { deferredMaterials: ['id'], supplyDays: 11 });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['deferredMaterials[0]', 'supplyDays']);
      const right = await post(`/api/v1/cases/${id}/accept`, s.clerk.token, { deferredMaterials: ['plan'], supplyDays: 5 });
      expect(right.json()).toMatchObject({ status: 'in_progress', deferredMaterials: ['plan'], supplyDueAt: expect.any(String) });
      const notOwed = await post(`/api/v1/cases/${id}/supply`, s.applicant.token, { materials: [{ code: 'id' }] });
      expect(notOwed.json().error.fields).toEqual([expect.objectContaining({ field: 'materials[0].code' })]);
      const supplied = await post(`/api/v1/cases/${id}/supply`, s.applicant.token, { materials: [{ code: 'plan' }] });
      expect(supplied.json()).toMatchObject({ status: 'in_progress', deferredMaterials: [] });
      expect(supplied.json().supplyDueAt).toBeUndefined();
    });

    it('deems an application accepted from the day of receipt when 5 workdays pass without an answer (ALL Art. 32)', async () => {
      moveTo('2026-03-16T09:00:00+08:00');
      const s = await buildIntakeScene(t);
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      moveTo('2026-03-23T12:00:00+08:00');
      await t.app.inject({ method: 'PUT', url: '/api/v1/system/clock', headers: bearer(s.token), payload: { now: '2026-03-23T12:00:00+08:00' } });
      expect((await get(`/api/v1/cases/${id}`, s.clerk.token)).json()).toMatchObject({ status: 'submitted' });
      await t.app.inject({ method: 'PUT', url: '/api/v1/system/clock', headers: bearer(s.token), payload: { now: '2026-03-24T00:00:01+08:00' } });
      const view = (await get(`/api/v1/cases/${id}`, s.clerk.token)).json();
      // Accepted from Monday 16 March: 10 promised workdays end Monday 30 March.
      expect(view).toMatchObject({ status: 'in_progress', deemedAccepted: true, dueAt: '2026-03-30T23:59:59.999+08:00' });
      expect(view.timeline.at(-1)).toMatchObject({ action: 'deemAccepted', actorId: null });
      // …and goes to the first step's handlers like any accepted case.
      const tasks = (await get('/api/v1/tasks?mine=true', s.handler.token)).json().tasks;
      expect(tasks).toEqual(expect.arrayContaining([expect.objectContaining({ caseId: id, stepKey: 'review' })]));
    });

    it('reminds an applicant who has not supplemented, then ends the case as abandoned', async () => {
      moveTo('2026-04-01T09:00:00+08:00');
      const s = await buildIntakeScene(t, { correctionDays: 5 });
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode, [{ code: 'id' }]))).json();
      const notice = await post(`/api/v1/cases/${id}/correction-notice`, s.clerk.token, { problems: [{ materialCode: 'plan', problem: '缺少' }] });
      // Five workdays after Wednesday 1 April, across 清明 (4–6 April off): Thursday 9 April.
      expect(notice.json().supplementDueAt).toBe('2026-04-09T23:59:59.999+08:00');
      const clock = (now: string) => t.app.inject({ method: 'PUT', url: '/api/v1/system/clock', headers: bearer(s.token), payload: { now } });
      await clock('2026-04-08T09:00:00+08:00');
      const events = async () => (await get('/api/v1/notifications', s.applicant.token)).json().notifications.map((n: { event: string }) => n.event);
      expect(await events()).toContain('case.abandoned_reminder');
      expect((await get(`/api/v1/cases/${id}`, s.applicant.token)).json().status).toBe('correction_required');
      await clock('2026-04-10T00:00:01+08:00');
      expect((await get(`/api/v1/cases/${id}`, s.applicant.token)).json().status).toBe('abandoned');
      expect((await events()).filter((e: string) => e === 'case.abandoned_reminder')).toHaveLength(1);
    });

    it('concludes an instant item (即办件) at the window the day it is accepted', async () => {
      const s = await buildIntakeScene(t, { promisedDays: 0 });
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      const done = await post(`/api/v1/cases/${id}/accept`, s.clerk.token, {});
      expect(done.json()).toMatchObject({ status: 'concluded', result: 'granted' });
      expect(done.json().timeline.map((e: { action: string }) => e.action)).toEqual(['submit', 'accept', 'conclude']);
      expect(done.json().timeline[2].at.slice(0, 10)).toBe(done.json().timeline[1].at.slice(0, 10));
    });

    it('saves a draft, finishes it later, and removes it when submitted; drafts are private', async () => {
      const s = await buildIntakeScene(t);
      const saved = await post('/api/v1/drafts', s.applicant.token, { itemCode: s.itemCode, form: { shopName: '半成品' }, materials: [] });
      expect(saved.statusCode).toBe(201);
      const draftId = saved.json().id;
      const other = await buildApplicant(t);
      expect((await get(`/api/v1/drafts/${draftId}`, other.token)).statusCode).toBe(404);
      const updated = await t.app.inject({ method: 'PUT', url: `/api/v1/drafts/${draftId}`, headers: bearer(s.applicant.token), payload: { ...application(s.itemCode), materials: [{ code: 'id' }] } });
      expect(updated.json()).toMatchObject({ id: draftId, form: { shopName: '红谷滩小吃店' } });
      const submitted = await post('/api/v1/cases', s.applicant.token, { ...application(s.itemCode), draftId });
      expect(submitted.statusCode).toBe(201);
      expect((await get('/api/v1/drafts', s.applicant.token)).json().drafts).toEqual([]);
      expect((await post('/api/v1/cases', s.applicant.token, { ...application(s.itemCode), draftId })).json().error.fields[0].field).toBe('draftId');
    });

    it('grants a commitment case (告知承诺) at once, opens a verification, and revokes the grant on a breach', async () => {
      const plain = await buildIntakeScene(t);
      const refused = await post('/api/v1/cases', plain.applicant.token, { ...application(plain.itemCode), commitment: true });
      expect(refused.json().error.fields).toEqual([expect.objectContaining({ field: 'commitment' })]);
      const s = await buildIntakeScene(t, { commitmentAllowed: true });
      const { id } = (await post('/api/v1/cases', s.applicant.token, { ...application(s.itemCode, [{ code: 'id' }]), commitment: true })).json();
      const granted = await post(`/api/v1/cases/${id}/accept`, s.clerk.token, { grant: true });
      expect(granted.json()).toMatchObject({ status: 'concluded', result: 'granted', commitment: true });
      const open = (await get('/api/v1/verifications?status=open', s.handler.token)).json().verifications;
      expect(open).toEqual([expect.objectContaining({ caseId: id, status: 'open' })]);
      expect((await get('/api/v1/verifications', plain.handler.token)).json().verifications).toEqual([]);
      const breach = await post(`/api/v1/verifications/${open[0].id}/complete`, s.handler.token, { outcome: 'breach', note: '现场核查：经营场所与承诺不符' });
      expect(breach.json()).toEqual({ id: open[0].id, status: 'breach' });
      expect((await get(`/api/v1/cases/${id}`, s.applicant.token)).json().status).toBe('revoked');
      expect((await post(`/api/v1/verifications/${open[0].id}/complete`, s.handler.token, { outcome: 'confirmed', note: 'x' })).statusCode).toBe(409);
      const notCommitment = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      expect((await post(`/api/v1/cases/${notCommitment.id}/accept`, s.clerk.token, { grant: true })).statusCode).toBe(400);
    });

    it("shows a case's uploaded material to staff who reach the case, and to no one else", async () => {
      const s = await buildIntakeScene(t);
      const other = await buildIntakeScene(t);
      const body = form([{ name: 'materialCode', value: 'id' }, { name: 'file', value: samplePdf(), filename: '身份证明.pdf', type: 'application/pdf' }]);
      const uploaded = await t.app.inject({ method: 'POST', url: '/api/v1/files', headers: { ...bearer(s.applicant.token), 'content-type': body.type }, payload: body.payload });
      expect(uploaded.statusCode).toBe(201);
      const fileId = uploaded.json().id;
      expect((await get(`/api/v1/files/${fileId}/content`, s.handler.token)).statusCode).toBe(404);
      await post('/api/v1/cases', s.applicant.token, application(s.itemCode, [{ code: 'id', fileId }, { code: 'plan' }]));
      expect((await get(`/api/v1/files/${fileId}/content`, s.handler.token)).statusCode).toBe(200);
      expect((await get(`/api/v1/files/${fileId}/content`, other.handler.token)).statusCode).toBe(404);
    });

    it('takes a POST without a body, or with an empty JSON body, as no fields where none is required', async () => {
      const s = await buildIntakeScene(t);
      const first = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      const bare = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${first.id}/withdraw`, headers: bearer(s.applicant.token) });
      expect(bare.statusCode).toBe(200);
      expect(bare.json().status).toBe('withdrawn');
      const second = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      const emptyJson = await t.app.inject({
        method: 'POST', url: `/api/v1/cases/${second.id}/withdraw`, headers: { ...bearer(s.applicant.token), 'content-type': 'application/json' }, payload: '',
      });
      expect(emptyJson.statusCode).toBe(200);
      // A route with a required field still says which one is missing.
      const noReason = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${second.id}/correction-notice`, headers: bearer(s.clerk.token) });
      expect(noReason.statusCode).toBe(400);
    });

    it('lets the applicant withdraw before conclusion, after which nothing else happens', async () => {
      const s = await buildIntakeScene(t);
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      expect((await post(`/api/v1/cases/${id}/withdraw`, s.applicant.token, { reason: '不再需要' })).json().status).toBe('withdrawn');
      const late = await post(`/api/v1/cases/${id}/accept`, s.clerk.token, {});
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('case.invalid_transition');
    });

    it('takes a walk-in application at the window for a registered applicant', async () => {
      const s = await buildIntakeScene(t);
      const walkIn = await buildApplicant(t);
      const missingChannel = await post('/api/v1/cases', s.clerk.token, { ...application(s.itemCode), applicantId: walkIn.id });
      expect(missingChannel.statusCode).toBe(400);
      const filed = await post('/api/v1/cases', s.clerk.token, { ...application(s.itemCode), applicantId: walkIn.id, channel: 'window' });
      expect(filed.statusCode).toBe(201);
      expect((await get(`/api/v1/cases/${filed.json().id}`, walkIn.token)).json()).toMatchObject({ channel: 'window', applicantId: walkIn.id });
      expect((await post('/api/v1/cases', s.handler.token, { ...application(s.itemCode), applicantId: walkIn.id, channel: 'window' })).statusCode).toBe(403);
    });

    it('rejects a bad application field by field and stores nothing', async () => {
      const s = await buildIntakeScene(t);
      const count = async () => Number((await t.deps.store.db.selectFrom('cases').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const before = await count();
      const bad = await post('/api/v1/cases', s.applicant.token, {
        itemCode: s.itemCode, form: { phone: '12', extra: 'x' }, materials: [{ code: 'id' }, { code: 'nope' }, { code: 'id' }],
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['form.extra', 'form.phone', 'form.shopName', 'materials[1].code', 'materials[2].code']);
      const noItem = await post('/api/v1/cases', s.applicant.token, application('NO-SUCH-ITEM'));
      expect(noItem.json().error.fields).toEqual([expect.objectContaining({ field: 'itemCode' })]);
      expect(await count()).toBe(before);
    });

    it('shows public progress by case number and query code without personal data', async () => {
      const s = await buildIntakeScene(t);
      const created = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      const progress = await t.app.inject({ method: 'GET', url: `/api/v1/public/progress?caseNo=${created.caseNo}&queryCode=${created.queryCode}` });
      expect(progress.json()).toMatchObject({ caseNo: created.caseNo, status: 'submitted', itemName: '食品经营许可' });
      expect(progress.body).not.toContain('红谷滩小吃店');
      expect(progress.body).not.toContain(s.applicant.id);
      const wrongCode = String((Number(created.queryCode) + 1) % 1_000_000).padStart(6, '0');
      const wrong = await t.app.inject({ method: 'GET', url: `/api/v1/public/progress?caseNo=${created.caseNo}&queryCode=${wrongCode}` });
      expect(wrong.statusCode).toBe(404);
    });

    it('prints the acceptance, correction and refusal notices as PDFs, each only once it exists', async () => {
      const s = await buildIntakeScene(t);
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode, [{ code: 'id' }]))).json();
      const pdf = (kind: string, token: string) => get(`/api/v1/cases/${id}/documents/${kind}`, token);
      expect((await pdf('acceptance_notice', s.applicant.token)).statusCode).toBe(404);
      await post(`/api/v1/cases/${id}/correction-notice`, s.clerk.token, { problems: [{ materialCode: 'plan', problem: '缺少平面图' }] });
      const notice = await pdf('correction_notice', s.clerk.token);
      expect(notice.statusCode).toBe(200);
      expect(notice.headers['content-type']).toBe('application/pdf');
      expect(notice.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      await post(`/api/v1/cases/${id}/resubmit`, s.applicant.token, { materials: [{ code: 'plan' }] });
      await post(`/api/v1/cases/${id}/accept`, s.clerk.token, {});
      expect((await pdf('acceptance_notice', s.applicant.token)).rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await pdf('refusal_notice', s.applicant.token)).statusCode).toBe(404);
      const stranger = await buildApplicant(t);
      expect((await pdf('acceptance_notice', stranger.token)).statusCode).toBe(404);
    });

    it('finds a walk-in applicant by exact ID number for the counter, masked', async () => {
      const s = await buildIntakeScene(t);
      const profile = (await get(`/api/v1/applicants/${s.applicant.id}`, s.applicant.token)).json();
      const found = (await get(`/api/v1/applicants?idNumber=${profile.idNumber}`, s.clerk.token)).json();
      expect(found.applicants).toEqual(expect.arrayContaining([expect.objectContaining({ id: s.applicant.id, phone: '138****1234' })]));
      expect((await get(`/api/v1/applicants?idNumber=${profile.idNumber}`, s.applicant.token)).statusCode).toBe(403);
      expect((await get('/api/v1/applicants', s.clerk.token)).statusCode).toBe(400);
    });

    it('lists red cases for staff when the acceptance clock has run out', async () => {
      moveTo('2026-05-06T09:00:00+08:00');
      const s = await buildIntakeScene(t);
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      const yellowCheck = (await get('/api/v1/cases?warning=none', s.clerk.token)).json().cases.map((c: { id: string }) => c.id);
      expect(yellowCheck).toContain(id);
      moveTo('2026-05-12T09:00:00+08:00');
      const yellow = (await get('/api/v1/cases?warning=yellow', s.clerk.token)).json().cases.map((c: { id: string }) => c.id);
      expect(yellow).toContain(id);
      expect((await get('/api/v1/cases?status=nonsense', s.clerk.token)).statusCode).toBe(400);
    });
  });
}
