import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { application, buildIntakeScene } from '../support/intake-factories.js';
import { supervisionKit, type SupervisionKit } from '../support/supervision-kit.js';

// A bad rating's rectification has a deadline (DOMAIN.md §8); the supervision check warns of it like a clock:
// yellow to the department head, red also to the region's supervisors, each once. Dates counted by hand on the
// official 2026 calendar (no holiday in March 2026): rated Monday 03-02, 15 workdays → due Monday 03-23; the yellow
// threshold ceil(15 / 3) = 5 workdays left (03-17, 18, 19, 20, 23) → yellow from Tuesday 03-17 00:00.
for (const dialect of DIALECTS) {
  describe(`rectification deadlines under supervision [${dialect}]`, () => {
    let t: TestApp;
    let kit: SupervisionKit;
    let s: Awaited<ReturnType<typeof buildIntakeScene>>;
    const rectified: { caseNo: string; id: string }[] = [];
    beforeAll(async () => {
      t = await buildTestApp(dialect, { sessionHours: 24 * 365, start: new Date('2026-03-02T09:00:00+08:00') });
      kit = await supervisionKit(t);
      // An instant item: accepting concludes the case, so it can be rated at once.
      s = await buildIntakeScene(t, { promisedDays: 0 });
      for (let i = 0; i < 2; i += 1) {
        const { id, caseNo } = (await kit.post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json() as { id: string; caseNo: string };
        expect((await kit.post(`/api/v1/cases/${id}/accept`, s.clerk.token)).json()).toMatchObject({ status: 'concluded' });
        const rating = await kit.post(`/api/v1/cases/${id}/ratings`, s.applicant.token, { level: 1 });
        expect(rating.json().rectification).toMatchObject({ dueAt: '2026-03-23T23:59:59.999+08:00' });
        rectified.push({ caseNo, id: rating.json().rectification.id as string });
      }
    });
    afterAll(async () => { await t.close(); });

    const warned = async (userId: string, level: 'yellow' | 'red') => (await kit.notices(userId, `supervision.rectification_${level}`)).map((n) => n.caseNo);

    it('tells the department head on the day the deadline turns yellow, once, and not about one already rectified', async () => {
      const [open, done] = rectified as [typeof rectified[0], typeof rectified[0]];
      await kit.post(`/api/v1/rectifications/${done.id}/callback`, s.handler.token, { result: 'confirmed', note: '电话回访，情况属实' });
      expect((await kit.post(`/api/v1/rectifications/${done.id}/complete`, s.handler.token, { measures: '增开窗口', result: '已改进' })).statusCode).toBe(200);

      await kit.moveTo('2026-03-16T23:59:59.999+08:00');
      expect(await warned(s.approver.id, 'yellow')).toEqual([]);
      await kit.moveTo('2026-03-17T00:00:00.000+08:00');
      expect(await kit.notices(s.approver.id, 'supervision.rectification_yellow')).toEqual([{ caseNo: open.caseNo, itemName: '食品经营许可', dueDate: '2026-03-23' }]);
      await kit.moveTo('2026-03-20T10:00:00+08:00');
      expect(await warned(s.approver.id, 'yellow')).toEqual([open.caseNo]);
      // Yellow is the department's business; the supervisors hear of red only.
      expect(await warned(s.supervisor.id, 'yellow')).toEqual([]);
      expect(await warned(s.approver.id, 'red')).toEqual([]);
      // The inbox renders it (beside, at the same instant, the red of the cases' undelivered results).
      const inbox = (await kit.get('/api/v1/notifications', s.approver.token)).json() as { notifications: { event: string; title: string }[] };
      expect(inbox.notifications.filter((n) => n.event.startsWith('supervision.rectification'))).toEqual([
        expect.objectContaining({ event: 'supervision.rectification_yellow', title: '黄灯预警：差评整改即将到期' }),
      ]);
    });

    it('tells the head and the supervisors once the deadline has passed without a result, once', async () => {
      const [open] = rectified as [typeof rectified[0]];
      await kit.moveTo('2026-03-23T23:59:59.999+08:00');
      expect(await warned(s.approver.id, 'red')).toEqual([]);
      await kit.moveTo('2026-03-24T00:00:00.000+08:00');
      expect(await warned(s.approver.id, 'red')).toEqual([open.caseNo]);
      expect(await warned(s.supervisor.id, 'red')).toEqual([open.caseNo]);
      await kit.moveTo('2026-03-25T09:00:00+08:00');
      expect(await warned(s.approver.id, 'red')).toEqual([open.caseNo]);
      expect(await warned(s.supervisor.id, 'red')).toEqual([open.caseNo]);
      // The stored deadline is what the check read, and the rectifications list agrees it is red.
      const list = (await kit.get('/api/v1/rectifications?warning=red', s.supervisor.token)).json();
      expect(list.rectifications.map((r: { id: string }) => r.id)).toEqual([open.id]);
    });
  });
}
