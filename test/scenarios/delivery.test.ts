import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { buildDepartment, buildStaff, signIn } from '../support/factories.js';
import { concludedCase, requests } from '../support/grant-factories.js';

// ALL Art. 44 / DOMAIN.md §4-§5: the result of a concluded case is delivered at the window, by mail or by
// download; a grant waits for deferred materials; delivery stops the delivery clock.
for (const dialect of DIALECTS) {
  describe(`delivery (送达) [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect, { sessionHours: 24 * 365 }); });
    afterAll(async () => { await t.close(); });

    const caseRow = (id: string) => t.deps.store.db.selectFrom('cases').select(['status', 'yellow_at', 'red_at', 'closed_at']).where('id', '=', id).executeTakeFirstOrThrow();

    it('refuses to deliver a grant while deferred materials are owed, and delivers at the window once supplied', async () => {
      const { s, caseId } = await concludedCase(t, { accept: { deferredMaterials: ['plan'], supplyDays: 3 } });
      const { get, post } = requests(t);
      const refused = await post(`/api/v1/cases/${caseId}/deliver`, s.clerk.token, { method: 'window' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('delivery.deferred_outstanding');
      // Nor may the applicant take the license by download meanwhile.
      expect((await get(`/api/v1/cases/${caseId}/license.pdf`, s.applicant.token)).json().error.code).toBe('delivery.deferred_outstanding');
      expect((await caseRow(caseId)).status).toBe('concluded');

      expect((await post(`/api/v1/cases/${caseId}/supply`, s.applicant.token, { materials: [{ code: 'plan' }] })).statusCode).toBe(200);
      const delivered = await post(`/api/v1/cases/${caseId}/deliver`, s.clerk.token, { method: 'window' });
      expect(delivered.statusCode).toBe(200);
      expect(delivered.json()).toMatchObject({ status: 'delivered', result: 'granted', warning: 'none' });
      expect(delivered.json().timeline.at(-1)).toMatchObject({ action: 'deliver', statusTo: 'delivered', details: { method: 'window' } });
      expect((await get(`/api/v1/cases/${caseId}/license`, s.applicant.token)).json().delivery).toMatchObject({ method: 'window' });
      const inbox = (await get('/api/v1/notifications', s.applicant.token)).json();
      expect(inbox.notifications.map((n: { event: string }) => n.event)).toContain('case.delivered');
      expect((await post(`/api/v1/cases/${caseId}/deliver`, s.clerk.token, { method: 'window' })).json().error.code).toBe('case.invalid_transition');
    });

    it('needs a tracking number for mail (field error, nothing changes)', async () => {
      const { s, caseId } = await concludedCase(t);
      const { get, post } = requests(t);
      const missing = await post(`/api/v1/cases/${caseId}/deliver`, s.handler.token, { method: 'mail', trackingNo: ' ' });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['trackingNo']);
      expect((await post(`/api/v1/cases/${caseId}/deliver`, s.handler.token, { method: 'pigeon' })).statusCode).toBe(400);
      expect((await caseRow(caseId)).status).toBe('concluded');

      const mailed = await post(`/api/v1/cases/${caseId}/deliver`, s.handler.token, { method: 'mail', trackingNo: 'SF1234567890' });
      expect(mailed.statusCode).toBe(200);
      expect((await get(`/api/v1/cases/${caseId}/license`, s.handler.token)).json().delivery).toMatchObject({ method: 'mail', trackingNo: 'SF1234567890' });
    });

    it("counts the applicant's download of the license as its delivery", async () => {
      const { s, caseId } = await concludedCase(t);
      const { get } = requests(t);
      // Staff printing the license deliver nothing.
      expect((await get(`/api/v1/cases/${caseId}/license.pdf`, s.clerk.token)).statusCode).toBe(200);
      expect((await caseRow(caseId)).status).toBe('concluded');
      const pdf = await get(`/api/v1/cases/${caseId}/license.pdf`, s.applicant.token);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect((await caseRow(caseId)).status).toBe('delivered');
      expect((await get(`/api/v1/cases/${caseId}/license`, s.applicant.token)).json().delivery).toMatchObject({ method: 'download' });
      // Downloading again is still possible and changes nothing.
      expect((await get(`/api/v1/cases/${caseId}/license.pdf`, s.applicant.token)).statusCode).toBe(200);
    });

    it('delivers a denial too; only clerks and handlers in reach deliver', async () => {
      const { s, caseId } = await concludedCase(t, { decision: 'deny', opinion: '不符合条件' });
      const { post } = requests(t);
      const outsider = await buildStaff(t, await buildDepartment(t, s.city, { name: '市交通运输局' }), ['handler']);
      expect((await post(`/api/v1/cases/${caseId}/deliver`, await signIn(t, outsider.username), { method: 'window' })).statusCode).toBe(404);
      expect((await post(`/api/v1/cases/${caseId}/deliver`, s.approver.token, { method: 'window' })).statusCode).toBe(403);
      expect((await post(`/api/v1/cases/${caseId}/deliver`, s.applicant.token, { method: 'window' })).statusCode).toBe(404);
      expect((await post(`/api/v1/cases/${caseId}/deliver`, s.clerk.token, { method: 'window' })).json()).toMatchObject({ status: 'delivered', result: 'denied' });
    });

    it('refuses to deliver a case still in progress', async () => {
      const { s } = await concludedCase(t);
      const { post } = requests(t);
      const open = await post('/api/v1/cases', s.applicant.token, { itemCode: s.itemCode, form: { shopName: '店', phone: '13912345678' }, materials: [{ code: 'id' }, { code: 'plan' }] });
      await post(`/api/v1/cases/${open.json().id}/accept`, s.clerk.token);
      expect((await post(`/api/v1/cases/${open.json().id}/deliver`, s.clerk.token, { method: 'window' })).json().error.code).toBe('case.invalid_transition');
    });

    // Last: the simulated clock cannot go back.
    it('warns red when the 10-workday delivery clock runs out, and stops warning once delivered', async () => {
      const { s, caseId } = await concludedCase(t);
      const { get, post } = requests(t);
      const row = await caseRow(caseId);
      // Granted Monday 2 March: 10 workdays end on Monday 16 March.
      expect(row.red_at).toBe(new Date('2026-03-16T23:59:59.999+08:00').toISOString());
      t.clock.set(new Date('2026-03-17T09:00:00+08:00'));
      expect((await get(`/api/v1/cases/${caseId}`, s.clerk.token)).json().warning).toBe('red');
      expect((await post(`/api/v1/cases/${caseId}/deliver`, s.clerk.token, { method: 'window' })).json()).toMatchObject({ status: 'delivered', warning: 'none' });
      const after = await caseRow(caseId);
      expect(after).toMatchObject({ yellow_at: null, red_at: null });
      expect(after.closed_at).not.toBeNull();
    });
  });
}
