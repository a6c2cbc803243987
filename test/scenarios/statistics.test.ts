import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { buildItem } from '../support/catalog-factories.js';
import { pdfText, itWithPoppler } from '../documents/poppler.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildDepartment, buildStaff, signIn } from '../support/factories.js';
import { application, buildIntakeScene } from '../support/intake-factories.js';

/*
 * A known month, March 2026 (no public holiday in it: every weekday is a workday), built through the API under the
 * simulated clock. Bureau A's item A promises 10 workdays (review, then decide); bureau B's item B is instant (即办件).
 *
 *   case 1  online, item A   received+accepted Mon 3-02; concluded Wed 3-04 (due 3-16): on time; 2 workdays (3-03, 3-04);
 *                            collected at the window (so not zero-visit); rated 5
 *   case 2  online, item A   received+accepted Mon 3-02, due end of Mon 3-16 (10th workday after 3-02); urged Tue 3-10
 *                            (its review task claimed by the handler, so the urge names them); concluded Tue 3-17: overdue;
 *                            11 workdays (3-03 … 3-17)
 *   case 3  window, item A   received+accepted Tue 3-03 by the clerk; suspended Wed 3-04, resumed Fri 3-06: 2 suspended workdays
 *                            (3-04, 3-05); due 3-17 + 2 = 3-19; concluded Tue 3-10: on time; 5 − 2 = 3 workdays; rated 4
 *   case 4  online, item B   received 00:30 Thu 3-05 (16:30 UTC on 3-04: a local date the UTC date would get wrong), accepted and
 *                            concluded at once by the clerk: on time, 0 workdays; rated 2 → rectification, rectified
 *   case 5  online, item A   received Mon 3-09, correction notice: neither accepted nor concluded
 *   (a case of another city, received in March, is outside the analyst's region and counts nowhere)
 *
 * Month by hand:  received 5, accepted 4, concluded 4, on time 3, overdue 1
 *   on-time rate 3/4 = 0.75, delay rate 1/4 = 0.25, average workdays (2 + 11 + 3 + 0) / 4 = 4
 *   instant 1/5 = 0.2 (case 4), online 4/5 = 0.8 (1, 2, 4, 5), zero-visit 3/5 = 0.6 (2, 4, 5; case 1 was collected)
 *   urged 1 → urge rate 1/4 = 0.25; ratings 3 (5, 4, 2) → satisfaction (1 + 1)/3; bad 1, rectified 1 → rate 1
 */
const MONDAY = new Date('2026-03-02T09:00:00+08:00');
const at = (local: string) => new Date(`2026-03-${local}+08:00`);

for (const dialect of DIALECTS) {
  describe(`statistics: every §9 figure on a known dataset (DOMAIN.md §9) [${dialect}]`, () => {
    let t: TestApp;
    let s: Awaited<ReturnType<typeof buildIntakeScene>>;
    let analyst = '';
    let bureauB = '';
    let itemB = '';
    const ids: Record<number, string> = {};

    const post = (url: string, token: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: bearer(token), payload });
    const get = (url: string, token = analyst) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
    const ok = async <R extends { statusCode: number; body: string }>(response: Promise<R>, status = 200): Promise<R> => {
      const r = await response;
      expect(r.statusCode, r.body).toBe(status);
      return r;
    };
    const figures = async (query: string) => JSON.parse((await ok(get(`/api/v1/statistics/figures?${query}`))).body);
    const complete = async (caseId: string, token: string, decision = 'approve') => {
      const { tasks } = (await get('/api/v1/tasks?mine=true', token)).json() as { tasks: { id: string; caseId: string }[] };
      await ok(post(`/api/v1/tasks/${tasks.find((task) => task.caseId === caseId)?.id}/complete`, token, { decision, opinion: '同意' }));
    };
    const submit = async (n: number, token: string, body: object) => {
      ids[n] = (await ok(post('/api/v1/cases', token, body), 201)).json().id;
      return ids[n]!;
    };

    beforeAll(async () => {
      t = await buildTestApp(dialect, { start: MONDAY, sessionHours: 24 * 365 });
      s = await buildIntakeScene(t);
      analyst = await signIn(t, (await buildStaff(t, s.bureau, ['analyst'])).username);
      const b = await buildDepartment(t, s.city, { name: '乙局' });
      bureauB = b.id;
      itemB = (await buildItem(t, b, { promisedDays: 0, steps: [] })).code;
      const applicationB = {
        itemCode: itemB, form: { shopName: '乙店', creditCode: '91360100MA35F2XK16', phone: '13912345678' }, materials: ['M01', 'M02', 'M03'].map((code) => ({ code })),
      };
      const other = await buildIntakeScene(t);
      await ok(post('/api/v1/cases', other.applicant.token, application(other.itemCode)), 201);

      // Mon 3-02: cases 1 and 2 online, accepted.
      for (const n of [1, 2]) await ok(post(`/api/v1/cases/${await submit(n, s.applicant.token, application(s.itemCode))}/accept`, s.clerk.token));
      // Tue 3-03: case 3 at the window; case 1 reviewed.
      t.clock.set(at('03T10:00:00'));
      await submit(3, s.clerk.token, { ...application(s.itemCode), applicantId: s.applicant.id, channel: 'window' });
      await ok(post(`/api/v1/cases/${ids[3]}/accept`, s.clerk.token));
      await complete(ids[1]!, s.handler.token);
      // Wed 3-04: case 1 decided and collected at the window; case 3 suspended for an expert review.
      t.clock.set(at('04T10:00:00'));
      await complete(ids[1]!, s.approver.token);
      await ok(post(`/api/v1/cases/${ids[1]}/deliver`, s.clerk.token, { method: 'window' }));
      await ok(post(`/api/v1/cases/${ids[3]}/suspend`, s.handler.token, { reason: '组织专家评审', kind: 'expert_review' }));
      // Thu 3-05 00:30: case 4 (instant) applied for online, accepted and so concluded.
      t.clock.set(at('05T00:30:00'));
      await ok(post(`/api/v1/cases/${await submit(4, s.applicant.token, applicationB)}/accept`, s.clerk.token));
      // Fri 3-06: case 3 resumed.
      t.clock.set(at('06T10:00:00'));
      await ok(post(`/api/v1/cases/${ids[3]}/resume`, s.handler.token, { reason: '专家评审结束' }));
      // Mon 3-09: case 5 online, sent a correction notice.
      t.clock.set(at('09T10:00:00'));
      await submit(5, s.applicant.token, application(s.itemCode));
      await ok(post(`/api/v1/cases/${ids[5]}/correction-notice`, s.clerk.token, { problems: [{ materialCode: 'plan', problem: '平面图不清晰' }] }));
      // Tue 3-10: case 3 reviewed and decided; case 2's review claimed by the handler, then urged.
      t.clock.set(at('10T10:00:00'));
      await complete(ids[3]!, s.handler.token);
      await complete(ids[3]!, s.approver.token);
      const { tasks } = (await get('/api/v1/tasks?mine=true', s.handler.token)).json() as { tasks: { id: string; caseId: string }[] };
      await ok(post(`/api/v1/tasks/${tasks.find((task) => task.caseId === ids[2])?.id}/claim`, s.handler.token));
      const urge = await ok(post(`/api/v1/cases/${ids[2]}/urges`, s.supervisor.token, { message: '请加快办理' }), 201);
      expect(urge.json()).toMatchObject({ handlerId: s.handler.id });
      // Tue 3-17 09:00: the scheduled checks open overdue records for case 2 (its decision clock, due 3-16, and its review
      // step, due 3-09); the handler explains the step's.
      await ok(t.app.inject({ method: 'PUT', url: '/api/v1/system/clock', headers: bearer(s.token), payload: { now: '2026-03-17T09:00:00+08:00' } }));
      const { records } = (await get('/api/v1/supervision/overdue-records', s.supervisor.token)).json() as { records: { id: string; kind: string }[] };
      expect(records.map((r) => r.kind).sort()).toEqual(['decision', 'step']);
      await ok(post(`/api/v1/supervision/overdue-records/${records.find((r) => r.kind === 'step')!.id}/explanation`, s.handler.token, { text: '申请材料需补充核实，审查用时超出环节时限' }));
      // 10:00: case 2 concluded a day late; cases 1, 3, 4 rated 5, 4, 2; the bad rating rectified.
      t.clock.set(at('17T10:00:00'));
      await complete(ids[2]!, s.handler.token);
      await complete(ids[2]!, s.approver.token);
      for (const [n, level] of [[1, 5], [3, 4], [4, 2]] as const) await ok(post(`/api/v1/cases/${ids[n]}/ratings`, s.applicant.token, { level }), 201);
      const { rectifications } = (await get('/api/v1/rectifications', s.supervisor.token)).json() as { rectifications: { id: string }[] };
      expect(rectifications).toHaveLength(1);
      await ok(post(`/api/v1/rectifications/${rectifications[0]!.id}/callback`, s.supervisor.token, { result: 'confirmed', note: '已回访申请人' }));
      await ok(post(`/api/v1/rectifications/${rectifications[0]!.id}/complete`, s.supervisor.token, { measures: '优化窗口指引', result: '已向申请人说明并致歉' }));
    });
    afterAll(async () => { await t.close(); });

    const MONTH = 'from=2026-03-01&to=2026-03-31';

    it('computes every figure of the month as by hand', async () => {
      const { total } = await figures(MONTH);
      expect(total).toMatchObject({
        received: 5, accepted: 4, concluded: 4, onTime: 3, overdue: 1, workdays: 16, instant: 1, online: 4, zeroVisit: 3, urged: 1,
        ratings: 3, levels: { 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 }, badRatings: 1, rectified: 1,
        onTimeRate: 0.75, delayRate: 0.25, averageWorkdays: 4, instantShare: 0.2, onlineShare: 0.8, zeroVisitShare: 0.6, urgeRate: 0.25,
        rectificationRate: 1,
      });
      expect(total.satisfaction).toBeCloseTo(2 / 3, 12);
    });

    it('groups by department: bureau A has cases 1, 2, 3, 5; bureau B case 4', async () => {
      const table = await figures(`${MONTH}&groupBy=department`);
      expect(table.rows).toHaveLength(2);
      // A: received 4, accepted 3, concluded 3 (on time 1 and 3, overdue 2), workdays 2 + 11 + 3 = 16, urged 1, ratings 5 and 4.
      expect(table.rows.find((r: { key: string }) => r.key === s.bureau.id)).toMatchObject({
        name: s.bureau.name, received: 4, accepted: 3, concluded: 3, onTime: 2, overdue: 1, workdays: 16, urged: 1, ratings: 2, satisfaction: 1,
        badRatings: 0, rectificationRate: null, instantShare: 0, onlineShare: 0.75, zeroVisitShare: 0.5, urgeRate: 1 / 3,
      });
      // B: the instant case, rated 2 and rectified: satisfaction 0/1, rectification 1/1.
      expect(table.rows.find((r: { key: string }) => r.key === bureauB)).toMatchObject({
        name: '乙局', received: 1, accepted: 1, concluded: 1, onTime: 1, averageWorkdays: 0, instantShare: 1, satisfaction: 0, rectificationRate: 1, urgeRate: 0,
      });
    });

    it('groups by item, channel and region', async () => {
      const byItem = await figures(`${MONTH}&groupBy=item`);
      expect(byItem.rows.map((r: { key: string; received: number }) => [r.key, r.received]).sort()).toEqual([[itemB, 1], [s.itemCode, 4]].sort());
      // online: cases 1, 2, 4, 5 — concluded 1, 2, 4 (workdays 2 + 11 + 0), rated 5 and 2; window: case 3 (3 workdays), rated 4.
      const byChannel = await figures(`${MONTH}&groupBy=channel`);
      expect(byChannel.rows.find((r: { key: string }) => r.key === 'online')).toMatchObject({
        name: '网上申办', received: 4, zeroVisit: 3, accepted: 3, concluded: 3, onTime: 2, overdue: 1, workdays: 13, urged: 1, ratings: 2, satisfaction: 0.5,
      });
      expect(byChannel.rows.find((r: { key: string }) => r.key === 'window')).toMatchObject({
        received: 1, zeroVisit: 0, concluded: 1, averageWorkdays: 3, ratings: 1, satisfaction: 1,
      });
      const byRegion = await figures(`${MONTH}&groupBy=region`);
      expect(byRegion.rows).toHaveLength(1);
      expect(byRegion.rows[0]).toMatchObject({ key: s.city, received: 5, concluded: 4, onTimeRate: 0.75 });
    });

    it('credits each staff member with what they did', async () => {
      const { rows } = await figures(`${MONTH}&groupBy=staff`);
      const of = (key: string | null) => rows.find((r: { key: string | null }) => r.key === key);
      // The clerk registered case 3 at the window, accepted 1–4 and concluded case 4 (rated 2).
      expect(of(s.clerk.id)).toMatchObject({ received: 1, accepted: 4, concluded: 1, onTime: 1, ratings: 1, badRatings: 1, rectified: 1 });
      // The approver decided cases 1, 2, 3: on time 2, overdue 1, workdays 16 / 3; rated 5 and 4.
      expect(of(s.approver.id)).toMatchObject({ concluded: 3, onTime: 2, overdue: 1, workdays: 16, ratings: 2, satisfaction: 1 });
      expect(of(s.approver.id).averageWorkdays).toBeCloseTo(16 / 3, 12);
      // The urge named the handler; online receipts belong to nobody.
      expect(of(s.handler.id)).toMatchObject({ urged: 1, received: 0, concluded: 0, urgeRate: null });
      expect(of(null)).toMatchObject({ name: null, received: 4, accepted: 0 });
    });

    it('narrows to a department, an item, a custom week and a day (local dates in Asia/Shanghai)', async () => {
      expect((await figures(`${MONTH}&department=${bureauB}`)).total).toMatchObject({ received: 1, concluded: 1, ratings: 1 });
      expect((await figures(`${MONTH}&item=${s.itemCode}`)).total).toMatchObject({ received: 4, concluded: 3 });
      // Week of 3-02 … 3-06: received 1–4, concluded 1 (3-04) and 4 (3-05), nothing urged or rated yet.
      expect((await figures('from=2026-03-02&to=2026-03-06')).total).toMatchObject({
        received: 4, accepted: 4, concluded: 2, onTime: 2, workdays: 2, averageWorkdays: 1, instantShare: 0.25, onlineShare: 0.75,
        zeroVisitShare: 0.5, urged: 0, urgeRate: 0, ratings: 0, satisfaction: null, rectificationRate: null,
      });
      // Case 4 arrived at 00:30 on 3-05 (16:30 UTC on 3-04): it belongs to 3-05.
      expect((await figures('from=2026-03-04&to=2026-03-04')).total).toMatchObject({ received: 0, concluded: 1 });
      expect((await figures('from=2026-03-05&to=2026-03-05')).total).toMatchObject({ received: 1, concluded: 1, instant: 1 });
      // 3-17: case 2 concluded late; three ratings.
      expect((await figures('from=2026-03-17&to=2026-03-17')).total).toMatchObject({ concluded: 1, onTimeRate: 0, delayRate: 1, ratings: 3 });
    });

    it('cuts the trend into days, weeks and months whose counts add up to the month', async () => {
      const weeks = (await ok(get(`/api/v1/statistics/trend?granularity=week&${MONTH}`))).json();
      // Sun 3-01 (in the week of Mon 2-23), then the weeks of 3-02, 3-09, 3-16, 3-23, and Mon–Tue 3-30/31.
      expect(weeks.buckets.map((b: { key: string; from: string; to: string }) => [b.key, b.from, b.to])).toEqual([
        ['2026-02-23', '2026-03-01', '2026-03-01'], ['2026-03-02', '2026-03-02', '2026-03-08'], ['2026-03-09', '2026-03-09', '2026-03-15'],
        ['2026-03-16', '2026-03-16', '2026-03-22'], ['2026-03-23', '2026-03-23', '2026-03-29'], ['2026-03-30', '2026-03-30', '2026-03-31'],
      ]);
      expect(weeks.buckets.map((b: { received: number }) => b.received)).toEqual([0, 4, 1, 0, 0, 0]);
      expect(weeks.buckets.map((b: { concluded: number }) => b.concluded)).toEqual([0, 2, 1, 1, 0, 0]);
      expect(weeks.buckets[3]).toMatchObject({ onTimeRate: 0, ratings: 3, urged: 0 });
      const days = (await ok(get(`/api/v1/statistics/trend?granularity=day&${MONTH}`))).json();
      expect(days.buckets).toHaveLength(31);
      expect(days.buckets.find((b: { key: string }) => b.key === '2026-03-05')).toMatchObject({ received: 1, concluded: 1 });
      const months = (await ok(get('/api/v1/statistics/trend?granularity=month&from=2026-02-01&to=2026-03-31'))).json();
      expect(months.buckets.map((b: { key: string; received: number; concluded: number }) => [b.key, b.received, b.concluded])).toEqual([['2026-02', 0, 0], ['2026-03', 5, 4]]);
      expect(months.buckets[1]).toMatchObject({ onTimeRate: 0.75, averageWorkdays: 4, urgeRate: 0.25, rectificationRate: 1 });
    });

    it('exports the same table to Excel, rates as numbers', async () => {
      const response = await get(`/api/v1/statistics/figures.xlsx?${MONTH}&groupBy=department`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const header = (sheet.getRow(2).values as unknown[]).slice(1);
      expect(header.slice(0, 5)).toEqual(['部门', '收件数', '受理数', '办结数', '按时办结率']);
      const totalRow = sheet.getRow(sheet.rowCount).values as unknown[];
      expect(totalRow.slice(1, 6)).toEqual(['合计', 5, 4, 4, 0.75]);
      expect(workbook.getWorksheet('指标口径')?.getCell('A2').value).toBe('收件数');
      const trend = await get(`/api/v1/statistics/trend.xlsx?granularity=week&${MONTH}`);
      expect(trend.statusCode).toBe(200);
    });

    itWithPoppler('prints the monthly notice (通报): the figures of the month, each overdue record with its explanation, the red-blue board', async () => {
      // One rating suffices for the board here: bureau A (2 ratings, 100 %) is red, bureau B (1 rating, 0 %) blue.
      await ok(t.app.inject({ method: 'PUT', url: `/api/v1/regions/${s.city}/rating-settings`, headers: bearer(s.token), payload: { boardMinRatings: 1 } }));
      const response = await get('/api/v1/supervision/monthly-notice.pdf?month=2026-03');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const text = pdfText(response.rawPayload);
      for (const expected of [
        '政务服务电子监察政务服务月度通报', '督通〔2026〕第000003号', '收件5件', '受理4件', '办结4件', '按时办结率75.0%', '超期办结1件', '超期率25.0%',
        '平均办结用时4.0个工作日', '即办件占比20.0%', '网办占比80.0%', '零跑动占比60.0%', '催办率25.0%', '满意率66.7%', '差评整改率100.0%',
        // Two records (the decision clock and the review step of case 2), one case, one explained, one still within its 3 workdays.
        '本月发生超时2起，涉及办件1件，其中超过法定时限0起。已作出书面说明1起，尚在说明期限内1起，逾期未说明0起',
        '申请材料需补充核实', '尚在说明期限内', `红榜：第1名${s.bureau.name}（满意率100.0%，2条评价）`, '蓝榜：第2名乙局（满意率0.0%，1条评价）', '特此通报',
      ]) expect(text).toContain(expected);
      const other = await get('/api/v1/supervision/monthly-notice.pdf?month=2026-13');
      expect(other.statusCode).toBe(400);
      expect((await get('/api/v1/supervision/monthly-notice.pdf?month=2026-03', s.handler.token)).statusCode).toBe(403);
    });

    it('exports the monthly notice, the overdue report and the board to Excel', async () => {
      const load = async (url: string) => {
        const response = await get(url, s.supervisor.token);
        expect(response.statusCode, response.body).toBe(200);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
        return workbook;
      };
      const notice = await load('/api/v1/supervision/monthly-notice.xlsx?month=2026-03');
      expect(notice.worksheets.map((w) => w.name)).toEqual(['部门办件时效', '超时汇总', '超时明细', '红蓝榜', '指标口径']);
      const details = notice.getWorksheet('超时明细')!;
      expect(details.rowCount).toBe(3);
      const explained = [2, 3].map((n) => details.getRow(n).values as unknown[]).find((row) => row[9] === '已说明')!;
      expect(explained.slice(1, 6)).toEqual([expect.any(String), '食品经营许可', s.bureau.name, expect.stringMatching(/^测试handler/), '环节时限']);
      expect(explained[10]).toBe('申请材料需补充核实，审查用时超出环节时限');
      const report = await load('/api/v1/supervision/overdue-report.xlsx?from=2026-03-01&to=2026-03-31');
      expect((report.getWorksheet('超时汇总')!.getRow(2).values as unknown[]).slice(1)).toEqual([s.bureau.name, '（合计）', 2, 1, 1, 1, 0, 0]);
      const board = await load('/api/v1/supervision/board.xlsx');
      expect(board.worksheets.map((w) => w.name)).toEqual(['按部门', '按事项']);
    });

    it('answers only readers within their region, and refuses bad periods without reading anything', async () => {
      expect((await get(`/api/v1/statistics/figures?${MONTH}`, s.handler.token)).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/statistics/figures?${MONTH}` })).statusCode).toBe(401);
      expect((await get(`/api/v1/statistics/figures?${MONTH}`, s.supervisor.token)).statusCode).toBe(200);
      expect((await get(`/api/v1/statistics/figures?${MONTH}&region=110000`)).statusCode).toBe(404);
      const elsewhere = await buildIntakeScene(t);
      const foreign = await get(`/api/v1/statistics/figures?${MONTH}&department=${elsewhere.bureau.id}`);
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['department']);
      const backwards = await get('/api/v1/statistics/figures?from=2026-03-31&to=2026-03-01');
      expect(backwards.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['to']);
      expect((await get('/api/v1/statistics/figures?from=2010-01-01&to=2026-03-01')).statusCode).toBe(400);
      expect((await get(`/api/v1/statistics/figures?${MONTH}&groupBy=weather`)).statusCode).toBe(400);
      const tooFine = await get('/api/v1/statistics/trend?granularity=day&from=2024-01-01&to=2026-03-01');
      expect(tooFine.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['granularity']);
    });
  });
}
