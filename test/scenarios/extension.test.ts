import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildDepartment, buildStaff } from '../support/factories.js';
import { application, buildIntakeScene } from '../support/intake-factories.js';

/*
 * Accepted Monday 2026-03-02 with 10 promised and 20 statutory workdays: due 03-16, statutory 03-30.
 * Extended by 5: due is workday 15 = 03-23; statutory workday 25 = 04-07 (04-03 is day 24; 清明 04-04…04-06 off).
 * Accepted Monday 03-09 (joint item) and extended by 15: due workday 25 = 04-14, statutory workday 35 = 04-28.
 * Accepted 03-09, suspended 03-10, extended by 5 while suspended (due workday 15 = 03-30), resumed Thursday 03-12:
 * 03-10 and 03-11 are suspended, so due is workday 17 = 04-01 and statutory workday 27 = 04-16.
 */
for (const dialect of DIALECTS) {
  describe(`extension of the decision period (ALL Art. 42) [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect, { sessionHours: 24 * 365 }); });
    afterAll(async () => { await t.close(); });

    const post = (url: string, token: string, payload: object = {}, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url, headers: { ...bearer(token), ...headers }, payload });
    const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
    const at = (iso: string) => t.clock.set(new Date(iso));

    async function accepted(s: Awaited<ReturnType<typeof buildIntakeScene>>, itemCode = s.itemCode, form?: object) {
      const payload = form ? { itemCode, form, materials: [{ code: 'id' }] } : application(itemCode);
      const { id } = (await post('/api/v1/cases', s.applicant.token, payload)).json();
      expect((await post(`/api/v1/cases/${id}/accept`, s.clerk.token)).statusCode).toBe(200);
      return id as string;
    }

    it('extends once, by an approver, within 10 workdays; the clock moves and the applicant is told the reason', async () => {
      at('2026-03-02T09:00:00+08:00');
      const s = await buildIntakeScene(t);
      const caseId = await accepted(s);
      expect((await get(`/api/v1/cases/${caseId}/documents/extension_notice`, s.applicant.token)).statusCode).toBe(404);

      at('2026-03-06T10:00:00+08:00');
      const byHandler = await post(`/api/v1/cases/${caseId}/extend`, s.handler.token, { workdays: 5, reason: '需现场核查' });
      expect(byHandler.statusCode).toBe(403);
      const tooMany = await post(`/api/v1/cases/${caseId}/extend`, s.approver.token, { workdays: 11, reason: '需现场核查' }, { 'accept-language': 'en' });
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.json().error).toMatchObject({
        code: 'request.invalid', message: 'The request has invalid fields', fields: [{ field: 'workdays', message: 'must be at most 10' }],
      });
      const blank = await post(`/api/v1/cases/${caseId}/extend`, s.approver.token, { workdays: 0, reason: ' ' });
      expect(blank.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['reason', 'workdays']);
      expect((await get(`/api/v1/cases/${caseId}`, s.approver.token)).json()).toMatchObject({ extensionDays: 0, dueAt: '2026-03-16T23:59:59.999+08:00' });
      expect(await t.deps.store.db.selectFrom('case_extensions').selectAll().where('case_id', '=', caseId).execute()).toEqual([]);

      const extended = await post(`/api/v1/cases/${caseId}/extend`, s.approver.token, { workdays: 5, reason: '需组织现场核查' });
      expect(extended.statusCode).toBe(200);
      expect(extended.json()).toMatchObject({
        status: 'in_progress', extensionDays: 5, dueAt: '2026-03-23T23:59:59.999+08:00', statutoryDueAt: '2026-04-07T23:59:59.999+08:00',
      });
      expect(extended.json().timeline.at(-1)).toMatchObject({ action: 'extend', actorId: s.approver.id, details: { workdays: 5, approval: 'agency_head' } });
      const clock = (await get(`/api/v1/cases/${caseId}/clock`, s.applicant.token)).json();
      expect(clock.extension).toMatchObject({
        workdays: 5, limit: 10, approval: 'agency_head', approvedBy: s.approver.id, reason: '需组织现场核查',
        originalDueAt: '2026-03-16T23:59:59.999+08:00', newDueAt: '2026-03-23T23:59:59.999+08:00',
      });

      // The applicant is told: in the inbox (and by SMS through the outbox) and by the extension notice.
      const inbox = (await get('/api/v1/notifications', s.applicant.token)).json();
      expect(inbox.notifications.find((n: { event: string }) => n.event === 'case.extended')).toMatchObject({ params: { dueDate: '2026-03-23' } });
      const outbox = await t.deps.store.db.selectFrom('notification_outbox').innerJoin('notifications', 'notifications.id', 'notification_outbox.notification_id')
        .select(['notification_outbox.channel']).where('notifications.user_id', '=', s.applicant.id).where('notifications.event', '=', 'case.extended').execute();
      expect(outbox.map((o) => o.channel)).toContain('sms');
      const notice = await get(`/api/v1/cases/${caseId}/documents/extension_notice`, s.applicant.token);
      expect(notice.statusCode).toBe(200);
      expect(notice.headers['content-type']).toBe('application/pdf');
      expect(notice.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

      const again = await post(`/api/v1/cases/${caseId}/extend`, s.approver.token, { workdays: 1, reason: '仍需核查' }, { 'accept-language': 'en' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error).toMatchObject({ code: 'case.already_extended', message: 'This case has already been extended once; it cannot be extended again' });
      expect((await get(`/api/v1/cases/${caseId}`, s.approver.token)).json()).toMatchObject({ extensionDays: 5, dueAt: '2026-03-23T23:59:59.999+08:00' });
    });

    it('allows up to 15 workdays where several departments handle the item jointly (联合办理)', async () => {
      at('2026-03-09T09:00:00+08:00');
      const s = await buildIntakeScene(t);
      const fire = await buildDepartment(t, s.city, { name: '消防救援支队' });
      await buildStaff(t, fire, ['handler']);
      const code = `JNT${t.deps.newId().slice(0, 8).toUpperCase()}`;
      const item = {
        code, name: '联合验收', type: '01', departmentId: s.bureau.id, statutoryDays: 20, promisedDays: 10,
        materials: [{ code: 'id', name: '身份证明', required: true, deferrable: false }],
        form: [{ key: 'shopName', label: '店铺名称', type: 'text', required: true }],
        steps: [
          { key: 'joint', name: '联合验收', kind: 'parallel', departmentId: s.bureau.id, workdays: 3, join: 'all',
            branches: [{ departmentId: s.bureau.id, role: 'handler' }, { departmentId: fire.id, role: 'handler' }] },
          { key: 'decide', name: '决定', kind: 'decide', departmentId: s.bureau.id, role: 'approver', workdays: 1 },
        ],
      };
      expect((await post('/api/v1/items', s.token, item)).statusCode).toBe(201);
      expect((await post(`/api/v1/items/${code}/publish`, s.token)).statusCode).toBe(200);
      const caseId = await accepted(s, code, { shopName: '小店' });

      const over = await post(`/api/v1/cases/${caseId}/extend`, s.approver.token, { workdays: 16, reason: '联合验收需延长' });
      expect(over.json().error.fields).toEqual([expect.objectContaining({ field: 'workdays' })]);
      const extended = await post(`/api/v1/cases/${caseId}/extend`, s.approver.token, { workdays: 15, reason: '联合验收需延长' });
      expect(extended.statusCode).toBe(200);
      expect(extended.json()).toMatchObject({ extensionDays: 15, dueAt: '2026-04-14T23:59:59.999+08:00', statutoryDueAt: '2026-04-28T23:59:59.999+08:00' });
      expect((await get(`/api/v1/cases/${caseId}/clock`, s.approver.token)).json().extension).toMatchObject({ limit: 15, approval: 'government_head' });
    });

    it('counts an extension granted while suspended together with the suspended workdays', async () => {
      at('2026-03-09T09:00:00+08:00');
      const s = await buildIntakeScene(t);
      const caseId = await accepted(s);
      at('2026-03-10T10:00:00+08:00');
      expect((await post(`/api/v1/cases/${caseId}/suspend`, s.handler.token, { reason: '委托鉴定', kind: 'appraisal' })).statusCode).toBe(200);
      at('2026-03-10T11:00:00+08:00');
      const extended = await post(`/api/v1/cases/${caseId}/extend`, s.approver.token, { workdays: 5, reason: '鉴定后需补充审查' });
      expect(extended.json()).toMatchObject({ status: 'suspended', extensionDays: 5, dueAt: '2026-03-30T23:59:59.999+08:00' });
      at('2026-03-12T09:00:00+08:00');
      const resumed = await post(`/api/v1/cases/${caseId}/resume`, s.handler.token);
      expect(resumed.json()).toMatchObject({
        status: 'in_progress', suspendedWorkdays: 2, extensionDays: 5, dueAt: '2026-04-01T23:59:59.999+08:00', statutoryDueAt: '2026-04-16T23:59:59.999+08:00',
      });
    });
  });
}
