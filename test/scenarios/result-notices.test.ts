import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchOutbox } from '../../src/services/notifications/dispatch-outbox.js';
import type { OutgoingMessage } from '../../src/services/notifications/transports.js';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { concludedCase, requests } from '../support/grant-factories.js';
import { application, buildIntakeScene } from '../support/intake-factories.js';

// Monday 2 March 2026, 09:00 in Shanghai.
const START = new Date('2026-03-02T09:00:00+08:00');


const SITE = 'https://zwfw.example.gov.cn';
for (const dialect of DIALECTS) {
  describe(`notices of a case's result: the rating invitation and the license revocation [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect, { sessionHours: 24 * 365, start: START }); });
    afterAll(async () => { await t.close(); });

    /** The applicant's notifications of an event about a case, with their parameters. */
    async function notices(userId: string, event: string, caseNo: string) {
      const rows = await t.deps.store.db.selectFrom('notifications').select(['id', 'params']).where('user_id', '=', userId).where('event', '=', event).execute();
      return rows.map((row) => ({ id: row.id, params: JSON.parse(row.params) as Record<string, string> })).filter((row) => row.params.caseNo === caseNo);
    }

    /** Sends the due outbox (SMS only) and returns what went out for one notification. */
    async function sentFor(notificationId: string): Promise<OutgoingMessage[]> {
      const sent: OutgoingMessage[] = [];
      await dispatchOutbox(t.deps, { email: null, sms: { send: async (message) => { sent.push(message); } }, publicUrl: SITE }, t.clock.now());
      const rows = await t.deps.store.db.selectFrom('notification_outbox').select(['id', 'channel', 'status']).where('notification_id', '=', notificationId).execute();
      expect(rows).toEqual([{ id: expect.any(String), channel: 'sms', status: 'sent' }]);
      return sent.filter((message) => message.id === rows[0]?.id);
    }

    /** Asserts the one invitation of a case, its link, and the SMS that carries it; the link opens the public rating. */
    async function expectOneInvitation(applicantId: string, caseNo: string, queryCode: string) {
      const link = `/rate?caseNo=${caseNo}&queryCode=${queryCode}&channel=sms`;
      const invitations = await notices(applicantId, 'rating.requested', caseNo);
      expect(invitations.map((n) => n.params)).toEqual([{ caseNo, itemName: '食品经营许可', rateLink: link }]);
      const [sms] = await sentFor(invitations[0]?.id ?? '');
      // Leaving the site, the link carries the public address (TONGBAN_PUBLIC_URL) so it can be tapped.
      expect(sms).toMatchObject({ to: '13812341234', lang: 'zh', sms: `【通办】办件 ${caseNo} 已有办理结果，欢迎评价本次服务：${SITE}${link}` });
      expect(sms?.body).toContain(`${SITE}${link}`);
      const info = await requests(t).get(`/api/v1/public/ratings?caseNo=${caseNo}&queryCode=${queryCode}`);
      expect(info.json()).toMatchObject({ caseNo, rated: false, rateable: true });
    }

    it('invites the applicant to rate once a workflow grants, and only then; delivery sends no second invitation', async () => {
      const s = await buildIntakeScene(t);
      const { post, get } = requests(t);
      // Accepted and running: no invitation yet.
      const running = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      expect((await post(`/api/v1/cases/${running.id}/accept`, s.clerk.token)).statusCode).toBe(200);
      expect(await notices(s.applicant.id, 'rating.requested', running.caseNo)).toEqual([]);

      const granted = await concludedCase(t, { scene: s });
      await expectOneInvitation(s.applicant.id, granted.caseNo, granted.queryCode);
      expect((await post(`/api/v1/cases/${granted.caseId}/deliver`, s.clerk.token, { method: 'window' })).json().status).toBe('delivered');
      expect(await notices(s.applicant.id, 'rating.requested', granted.caseNo)).toHaveLength(1);
      // The inbox shows the link too.
      const inbox = (await get('/api/v1/notifications', s.applicant.token)).json().notifications as { event: string; body: string }[];
      expect(inbox.find((n) => n.event === 'rating.requested')?.body).toContain(`/rate?caseNo=${granted.caseNo}&queryCode=${granted.queryCode}&channel=sms`);
    });

    it('invites the applicant to rate a denial', async () => {
      const denied = await concludedCase(t, { decision: 'deny', opinion: '经营场所不符合卫生条件' });
      await expectOneInvitation(denied.s.applicant.id, denied.caseNo, denied.queryCode);
    });

    it('invites the applicant to rate an instant grant at the window and a commitment grant', async () => {
      const { post } = requests(t);
      const instant = await buildIntakeScene(t, { promisedDays: 0 });
      const atWindow = (await post('/api/v1/cases', instant.applicant.token, application(instant.itemCode))).json();
      expect((await post(`/api/v1/cases/${atWindow.id}/accept`, instant.clerk.token)).json()).toMatchObject({ status: 'concluded', result: 'granted' });
      await expectOneInvitation(instant.applicant.id, atWindow.caseNo, atWindow.queryCode);

      const promise = await buildIntakeScene(t, { commitmentAllowed: true });
      const committed = (await post('/api/v1/cases', promise.applicant.token, { ...application(promise.itemCode, [{ code: 'id' }]), commitment: true })).json();
      expect((await post(`/api/v1/cases/${committed.id}/accept`, promise.clerk.token, { grant: true })).json()).toMatchObject({ status: 'concluded' });
      await expectOneInvitation(promise.applicant.id, committed.caseNo, committed.queryCode);
    });

    it('invites the applicant to rate a confirmed refusal, not a mere proposal', async () => {
      const s = await buildIntakeScene(t);
      const { post } = requests(t);
      const c = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      expect((await post(`/api/v1/cases/${c.id}/refuse`, s.clerk.token, { reason: '不属于本机关职权范围' })).json().status).toBe('refusal_pending');
      expect(await notices(s.applicant.id, 'rating.requested', c.caseNo)).toEqual([]);
      expect((await post(`/api/v1/cases/${c.id}/refuse`, s.approver.token, { confirm: true })).json().status).toBe('refused');
      await expectOneInvitation(s.applicant.id, c.caseNo, c.queryCode);
    });

    it('tells the holder when an approver revokes the license, once, with the number and the reason; a refused revocation tells nothing', async () => {
      const { s, caseId, caseNo } = await concludedCase(t);
      const { get, post } = requests(t);
      const license = (await get(`/api/v1/cases/${caseId}/license`, s.approver.token)).json();
      expect((await post(`/api/v1/licenses/${license.id}/revoke`, s.handler.token, { reason: '以欺骗手段取得' })).statusCode).toBe(403);
      expect(await notices(s.applicant.id, 'license.revoked', caseNo)).toEqual([]);

      expect((await post(`/api/v1/licenses/${license.id}/revoke`, s.approver.token, { reason: '以欺骗手段取得许可' })).statusCode).toBe(200);
      expect((await post(`/api/v1/licenses/${license.id}/revoke`, s.approver.token, { reason: '再次' })).statusCode).toBe(409);
      const revoked = await notices(s.applicant.id, 'license.revoked', caseNo);
      expect(revoked.map((n) => n.params)).toEqual([{ caseNo, itemName: '食品经营许可', licenseNo: license.number, reason: '以欺骗手段取得许可' }]);
      const [sms] = await sentFor(revoked[0]?.id ?? '');
      expect(sms).toMatchObject({ title: '电子证照已撤销', sms: `【通办】办件 ${caseNo} 的电子证照已撤销，理由及救济途径请登录通办查看。` });
      expect(sms?.body).toContain(`电子证照（编号 ${license.number}）已被撤销（理由：以欺骗手段取得许可）`);
      expect(sms?.body).toContain('行政复议');
      const inbox = (await get('/api/v1/notifications', s.applicant.token)).json().notifications as { event: string; title: string }[];
      expect(inbox.filter((n) => n.event === 'license.revoked').map((n) => n.title)).toEqual(['电子证照已撤销']);
    });

    it('tells the holder when a commitment breach revokes the grant and its license', async () => {
      const s = await buildIntakeScene(t, { commitmentAllowed: true });
      const { get, post } = requests(t);
      const c = (await post('/api/v1/cases', s.applicant.token, { ...application(s.itemCode, [{ code: 'id' }]), commitment: true })).json();
      await post(`/api/v1/cases/${c.id}/accept`, s.clerk.token, { grant: true });
      const { number } = (await get(`/api/v1/cases/${c.id}/license`, s.applicant.token)).json();
      const [open] = (await get('/api/v1/verifications?status=open', s.handler.token)).json().verifications;
      await post(`/api/v1/verifications/${open.id}/complete`, s.handler.token, { outcome: 'breach', note: '现场核查：经营场所与承诺不符' });
      expect((await notices(s.applicant.id, 'license.revoked', c.caseNo)).map((n) => n.params))
        .toEqual([{ caseNo: c.caseNo, itemName: '食品经营许可', licenseNo: number, reason: '现场核查：经营场所与承诺不符' }]);
    });
  });
}
