import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildDepartment, buildStaff, signIn } from '../support/factories.js';
import { application, buildApplicant, buildIntakeScene } from '../support/intake-factories.js';

type Scene = Awaited<ReturnType<typeof buildIntakeScene>>;
interface Concluded { id: string; caseNo: string; queryCode: string }

// The clock starts on Monday 2 March 2026, 09:00 (March 2026 has no public holiday, so every weekday counts), and
// only moves forward: the tests run in order, and those that move it come last.
const MONDAY = new Date('2026-03-02T09:00:00+08:00');

for (const dialect of DIALECTS) {
  describe(`ratings (好差评), rectification and appeals (DOMAIN.md §8, §9) [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect, { sessionHours: 24 * 365, start: MONDAY }); });
    afterAll(async () => { await t.close(); });

    const post = (url: string, token: string | null, payload: object = {}) =>
      t.app.inject({ method: 'POST', url, headers: token ? bearer(token) : {}, payload });
    const put = (url: string, token: string, payload: object) => t.app.inject({ method: 'PUT', url, headers: bearer(token), payload });
    const get = (url: string, token: string | null = null) => t.app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });

    /** A scene whose item is instant (即办件): accepting a case concludes it at once. */
    const instantScene = (): Promise<Scene> => buildIntakeScene(t, { promisedDays: 0 });

    /** A concluded case of the scene's item (or `itemCode`), applied for by `applicant`. */
    async function concludedCase(s: Scene, applicant = s.applicant, itemCode = s.itemCode): Promise<Concluded> {
      const submitted = await post('/api/v1/cases', applicant.token, application(itemCode));
      expect(submitted.statusCode).toBe(201);
      const { id, caseNo, queryCode } = submitted.json();
      const accepted = await post(`/api/v1/cases/${id}/accept`, s.clerk.token);
      expect(accepted.json()).toMatchObject({ status: 'concluded' });
      return { id, caseNo, queryCode };
    }

    const rate = (s: Scene, c: Concluded, payload: object, token = s.applicant.token) => post(`/api/v1/cases/${c.id}/ratings`, token, payload);

    /** Rates a new concluded case of the scene at `level`; returns the rating and its rectification, if any. */
    async function rated(s: Scene, level: number, itemCode = s.itemCode) {
      const c = await concludedCase(s, s.applicant, itemCode);
      const response = await rate(s, c, { level });
      expect(response.statusCode).toBe(201);
      return { c, ...(response.json() as { id: string; rectification?: { id: string; dueAt: string } }) };
    }

    it('refuses a rating before conclusion, bad levels and tags, and changes nothing', async () => {
      const s = await buildIntakeScene(t);
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json();
      const early = await post(`/api/v1/cases/${id}/ratings`, s.applicant.token, { level: 5 });
      expect(early.statusCode).toBe(409);
      expect(early.json().error.code).toBe('rating.not_rateable');

      const i = await instantScene();
      const c = await concludedCase(i);
      const badLevel = await rate(i, c, { level: 6 });
      expect(badLevel.statusCode).toBe(400);
      expect(badLevel.json().error.fields.map((f: { field: string }) => f.field)).toContain('level');
      // 态度生硬 is a complaint: not offered with 非常满意.
      const wrongTag = await rate(i, c, { level: 5, tags: ['efficient', 'rude'] });
      expect(wrongTag.statusCode).toBe(400);
      expect(wrongTag.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['tags[1]']);
      const stored = await t.deps.store.db.selectFrom('ratings').select('id').where('case_id', 'in', [id, c.id]).execute();
      expect(stored).toEqual([]);
      // Staff cannot rate on the applicant's page; another applicant does not see the case.
      expect((await rate(i, c, { level: 5 }, i.clerk.token)).statusCode).toBe(403);
      const stranger = await buildApplicant(t);
      expect((await rate(i, c, { level: 5 }, stranger.token)).statusCode).toBe(404);
    });

    it('takes one rating per case with tags and a follow-up; level 3 opens no rectification', async () => {
      const s = await instantScene();
      const c = await concludedCase(s);
      expect((await get(`/api/v1/cases/${c.id}/rating`, s.applicant.token)).json()).toEqual({ rateable: true, rating: null });
      const first = await rate(s, c, { level: 3, tags: ['faster_please'], comment: '等了一会儿' });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toEqual({ id: expect.any(String) });
      const second = await rate(s, c, { level: 5 });
      expect(second.statusCode).toBe(409);
      expect(second.json().error.code).toBe('rating.already_rated');

      const ratingId = first.json().id;
      const stranger = await buildApplicant(t);
      expect((await post(`/api/v1/ratings/${ratingId}/follow-ups`, stranger.token, { comment: '冒充' })).statusCode).toBe(404);
      const followUp = await post(`/api/v1/ratings/${ratingId}/follow-ups`, s.applicant.token, { comment: '后来电话告知了进度，很好' });
      expect(followUp.statusCode).toBe(201);
      expect((await post(`/api/v1/ratings/${ratingId}/follow-ups`, s.applicant.token, { comment: '再来一次' })).json().error.code).toBe('rating.follow_up_exists');

      const view = (await get(`/api/v1/cases/${c.id}/rating`, s.applicant.token)).json();
      expect(view).toMatchObject({
        rateable: false,
        rating: { level: 3, tags: ['faster_please'], comment: '等了一会儿', channel: 'online', followUp: '后来电话告知了进度，很好', rectification: null, excluded: false },
      });
      expect(view.rating).not.toHaveProperty('appeal');
      expect(await t.deps.store.db.selectFrom('rectifications').select('id').where('case_id', '=', c.id).execute()).toEqual([]);
    });

    it('opens a rectification due in 15 workdays for a level-1 rating; the region setting changes it', async () => {
      const s = await instantScene();
      const first = await rated(s, 1);
      // Rated on Monday 2 March; the day itself does not count: 3,4,5,6 | 9–13 | 16–20 | 23 March is the 15th workday.
      expect(first.rectification).toEqual({ id: expect.any(String), dueAt: '2026-03-23T23:59:59.999+08:00' });

      const settingsUrl = `/api/v1/regions/${s.city}/rating-settings`;
      expect((await get(settingsUrl, s.token)).json()).toEqual({ regionCode: s.city, rectificationDays: 15, boardMinRatings: 5, inheritedFrom: null });
      expect((await put(settingsUrl, s.handler.token, { rectificationDays: 10 })).statusCode).toBe(403);
      expect((await put(settingsUrl, s.token, { rectificationDays: 0 })).statusCode).toBe(400);
      const set = await put(settingsUrl, s.token, { rectificationDays: 10 });
      expect(set.json()).toEqual({ regionCode: s.city, rectificationDays: 10, boardMinRatings: 5, inheritedFrom: null });

      const second = await rated(s, 2);
      // 10 workdays from Monday 2 March: 3–6 | 9–13 | 16 March.
      expect(second.rectification?.dueAt).toBe('2026-03-16T23:59:59.999+08:00');
      // The open rectification keeps the deadline it opened with.
      const list = (await get('/api/v1/rectifications', s.supervisor.token)).json();
      expect(list.rectifications.map((r: { id: string; dueAt: string; workdays: number }) => [r.id, r.workdays, r.dueAt])).toEqual([
        [second.rectification?.id, 10, '2026-03-16T23:59:59.999+08:00'],
        [first.rectification?.id, 15, '2026-03-23T23:59:59.999+08:00'],
      ]);
    });

    it('rates by case number and query code (QR, SMS, kiosk); a wrong code is a 404 that reveals nothing', async () => {
      const s = await instantScene();
      const c = await concludedCase(s);
      const wrong = String((Number(c.queryCode) + 1) % 1_000_000).padStart(6, '0');
      for (const [caseNo, queryCode] of [[c.caseNo, wrong], ['360100-20990101-00001', c.queryCode]]) {
        const info = await get(`/api/v1/public/ratings?caseNo=${caseNo}&queryCode=${queryCode}`);
        expect(info.statusCode).toBe(404);
        const attempt = await post('/api/v1/public/ratings', null, { caseNo, queryCode, level: 5, channel: 'qr' });
        expect(attempt.statusCode).toBe(404);
        expect(attempt.json().error.code).toBe('request.not_found');
      }
      expect((await get(`/api/v1/public/ratings?caseNo=${c.caseNo}&queryCode=${c.queryCode}`)).json()).toEqual({
        caseNo: c.caseNo, itemName: '食品经营许可', status: 'concluded', rated: false, rateable: true,
      });
      const sms = await post('/api/v1/public/ratings', null, { caseNo: c.caseNo, queryCode: c.queryCode, level: 4, tags: ['friendly'], channel: 'sms' });
      expect(sms.statusCode).toBe(201);
      expect((await post('/api/v1/public/ratings', null, { caseNo: c.caseNo, queryCode: c.queryCode, level: 4, channel: 'qr' })).statusCode).toBe(409);
      expect((await get(`/api/v1/cases/${c.id}/rating`, s.applicant.token)).json().rating).toMatchObject({ level: 4, channel: 'sms' });
      const audit = await t.deps.store.db.selectFrom('audit_events').select(['actor_id', 'action']).where('entity', '=', 'rating').where('entity_id', '=', sms.json().id).execute();
      expect(audit).toEqual([{ actor_id: null, action: 'rate' }]);
    });

    it('lets a clerk open the window device once per token, and staff record a phone rating', async () => {
      const s = await instantScene();
      const c = await concludedCase(s);
      expect((await post('/api/v1/window-ratings', s.handler.token, { caseId: c.id })).statusCode).toBe(403);
      const opened = await post('/api/v1/window-ratings', s.clerk.token, { caseNo: c.caseNo });
      expect(opened.statusCode).toBe(201);
      expect(opened.json()).toMatchObject({ caseId: c.id, caseNo: c.caseNo, itemName: '食品经营许可', expiresAt: '2026-03-02T01:15:00.000Z' });
      const token: string = opened.json().token;
      // The device rates with the token alone; the token's hash is stored, never the token.
      expect(await t.deps.store.db.selectFrom('rating_tokens').select('token_hash').where('token_hash', '=', token).execute()).toEqual([]);
      const rated = await post('/api/v1/public/window-ratings', null, { token, level: 5, tags: ['efficient', 'one_visit'] });
      expect(rated.statusCode).toBe(201);
      const again = await post('/api/v1/public/window-ratings', null, { token, level: 1 });
      expect(again.statusCode).toBe(404);
      expect(again.json().error.code).toBe('rating.token_invalid');
      const row = await t.deps.store.db.selectFrom('ratings').selectAll().where('id', '=', rated.json().id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ channel: 'window', assisted_by: s.clerk.id, level: 5 });

      // A token runs out after 15 minutes.
      const late = await concludedCase(s);
      const expiring = (await post('/api/v1/window-ratings', s.clerk.token, { caseId: late.id })).json().token;
      t.clock.set(new Date(MONDAY.getTime() + 16 * 60_000));
      expect((await post('/api/v1/public/window-ratings', null, { token: expiring, level: 5 })).statusCode).toBe(404);

      const phone = await post('/api/v1/phone-ratings', s.supervisor.token, { caseId: late.id, level: 2, tags: ['slow'], comment: '电话回访：办得慢' });
      expect(phone.statusCode).toBe(201);
      expect(phone.json().rectification).toBeDefined();
      expect((await get(`/api/v1/cases/${late.id}/rating`, s.supervisor.token)).json().rating).toMatchObject({ channel: 'phone', level: 2, appeal: null });
    });

    it('calls back, then completes a rectification, and tells the applicant; other departments cannot touch it', async () => {
      const s = await instantScene();
      const { rectification } = await rated(s, 1);
      const id = rectification!.id;
      const early = await post(`/api/v1/rectifications/${id}/complete`, s.handler.token, { measures: '加强培训', result: '已整改' });
      expect(early.statusCode).toBe(409);
      expect(early.json().error.code).toBe('rating.callback_required');

      const other = await buildDepartment(t, s.city, { name: '市场监督管理局' });
      const outsider = await signIn(t, (await buildStaff(t, other, ['handler'])).username);
      expect((await post(`/api/v1/rectifications/${id}/callback`, outsider, { result: 'confirmed', note: '核实' })).statusCode).toBe(404);
      expect((await get('/api/v1/rectifications', outsider)).json().total).toBe(0);

      const callback = await post(`/api/v1/rectifications/${id}/callback`, s.handler.token, { result: 'confirmed', note: '电话回访，申请人反映等候时间长，情况属实' });
      expect(callback.json()).toMatchObject({ id, status: 'open' });
      const completed = await post(`/api/v1/rectifications/${id}/complete`, s.handler.token, { measures: '增开窗口，高峰期弹性排班', result: '等候时间缩短至 15 分钟以内' });
      expect(completed.statusCode).toBe(200);
      expect(completed.json()).toMatchObject({ id, status: 'rectified' });
      expect((await post(`/api/v1/rectifications/${id}/callback`, s.handler.token, { result: 'confirmed', note: '再次' })).json().error.code).toBe('rating.rectification_closed');

      const inbox = (await get('/api/v1/notifications', s.applicant.token)).json();
      expect(inbox.notifications.map((n: { event: string }) => n.event)).toContain('rating.rectified');
      const outbox = await t.deps.store.db.selectFrom('notification_outbox').innerJoin('notifications', 'notifications.id', 'notification_outbox.notification_id')
        .select(['notification_outbox.channel']).where('notifications.user_id', '=', s.applicant.id).where('notifications.event', '=', 'rating.rectified').execute();
      expect(outbox).toEqual([{ channel: 'sms' }]);
      const listed = (await get('/api/v1/rectifications?status=rectified', s.supervisor.token)).json().rectifications;
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({ id, callbackResult: 'confirmed', measures: '增开窗口，高峰期弹性排班', warning: 'none' });
    });

    it('warns of a rectification turning yellow, then red, as the clock moves (an indexed query)', async () => {
      const s = await instantScene();
      const { rectification } = await rated(s, 2);
      const ids = async (warning: string) =>
        (await get(`/api/v1/rectifications?warning=${warning}`, s.supervisor.token)).json().rectifications.map((r: { id: string }) => r.id);
      expect(await ids('none')).toEqual([rectification!.id]);
      // Due Monday 23 March; yellow with max(1, ceil(15 / 3)) = 5 workdays left: 17, 18, 19, 20, 23 March.
      t.clock.set(new Date('2026-03-16T18:00:00+08:00'));
      expect(await ids('yellow')).toEqual([]);
      t.clock.set(new Date('2026-03-17T00:00:00+08:00'));
      expect(await ids('yellow')).toEqual([rectification!.id]);
      t.clock.set(new Date('2026-03-23T23:59:59+08:00'));
      expect(await ids('red')).toEqual([]);
      t.clock.set(new Date('2026-03-24T00:00:00+08:00'));
      expect(await ids('red')).toEqual([rectification!.id]);
      expect((await get('/api/v1/rectifications?warning=red', s.handler.token)).json().rectifications[0]).toMatchObject({ warning: 'red', status: 'open' });
    });

    it('takes an appealed rating out of the figures when a supervisor upholds the appeal, and closes its rectification', async () => {
      const s = await instantScene();
      const bad = await rated(s, 1);
      await rated(s, 5);
      const stats = async () => (await get(`/api/v1/public/rating-stats?period=2026-03&region=${s.city}`)).json();
      expect((await stats()).total).toMatchObject({ ratings: 2, badRatings: 1, satisfaction: 0.5 });

      expect((await post(`/api/v1/ratings/${bad.id}/appeal`, s.handler.token, { reason: '误评' })).statusCode).toBe(403);
      const appeal = await post(`/api/v1/ratings/${bad.id}/appeal`, s.approver.token, { reason: '申请人评价的是其他部门的窗口，非本部门服务' });
      expect(appeal.statusCode).toBe(201);
      expect((await post(`/api/v1/ratings/${bad.id}/appeal`, s.approver.token, { reason: '再次' })).json().error.code).toBe('rating.appeal_exists');
      const decided = await post(`/api/v1/appeals/${appeal.json().id}/decide`, s.supervisor.token, { upheld: true, opinion: '经核实，申诉理由成立' });
      expect(decided.json()).toMatchObject({ status: 'upheld', ratingId: bad.id });
      expect((await post(`/api/v1/appeals/${appeal.json().id}/decide`, s.supervisor.token, { upheld: false, opinion: '改判' })).json().error.code).toBe('rating.appeal_decided');

      expect((await stats()).total).toMatchObject({ ratings: 1, badRatings: 0, satisfaction: 1, rectificationRate: null });
      const closed = (await get('/api/v1/rectifications', s.supervisor.token)).json().rectifications[0];
      expect(closed).toMatchObject({ id: bad.rectification!.id, status: 'closed', excluded: true, appeal: { status: 'upheld', opinion: '经核实，申诉理由成立' } });

      // A rejected appeal changes nothing; a good rating cannot be appealed.
      const other = await rated(s, 2);
      const second = (await post(`/api/v1/ratings/${other.id}/appeal`, s.approver.token, { reason: '不认可' })).json();
      await post(`/api/v1/appeals/${second.id}/decide`, s.supervisor.token, { upheld: false, opinion: '差评属实，请按期整改' });
      expect((await stats()).total).toMatchObject({ ratings: 2, badRatings: 1 });
      const good = await rated(s, 4);
      expect((await post(`/api/v1/ratings/${good.id}/appeal`, s.approver.token, { reason: '无' })).json().error.code).toBe('rating.appeal_not_allowed');
    });

    it('computes the public statistics and the red-blue board of a known month by hand', async () => {
      const s = await instantScene();
      const other = await buildDepartment(t, s.city, { name: '人力资源和社会保障局' });
      const otherItem = `ITEM${t.deps.newId().slice(0, 8).toUpperCase()}`;
      const created = await post('/api/v1/items', s.token, {
        code: otherItem, name: '就业登记', type: '20', departmentId: other.id, statutoryDays: 0, promisedDays: 0,
        materials: [{ code: 'id', name: '身份证明', required: true, deferrable: false }, { code: 'plan', name: '其他材料', required: true, deferrable: true }],
        form: [{ key: 'shopName', label: '单位名称', type: 'text', required: true }, { key: 'phone', label: '联系电话', type: 'phone', required: true }],
        steps: [],
      });
      expect(created.statusCode).toBe(201);
      expect((await post(`/api/v1/items/${otherItem}/publish`, s.token)).statusCode).toBe(200);

      // The bureau: 5, 5, 4, 2, 1 (one bad rating rectified). The other: 5, 3, and a 1 taken back on appeal.
      for (const level of [5, 5, 4]) await rated(s, level);
      const two = await rated(s, 2);
      await rated(s, 1);
      await post(`/api/v1/rectifications/${two.rectification!.id}/callback`, s.supervisor.token, { result: 'confirmed', note: '属实' });
      await post(`/api/v1/rectifications/${two.rectification!.id}/complete`, s.supervisor.token, { measures: '培训', result: '已改进' });
      for (const level of [5, 3]) await rated(s, level, otherItem);
      const mistaken = await rated(s, 1, otherItem);
      const otherApprover = await signIn(t, (await buildStaff(t, other, ['approver'])).username);
      const appeal = (await post(`/api/v1/ratings/${mistaken.id}/appeal`, otherApprover, { reason: '误评' })).json();
      await post(`/api/v1/appeals/${appeal.id}/decide`, s.supervisor.token, { upheld: true, opinion: '成立' });
      // A rating of April is not March's.
      t.clock.set(new Date('2026-04-01T00:00:00+08:00'));
      await rated(s, 1);

      const stats = (await get(`/api/v1/public/rating-stats?period=2026-03&region=${s.city}`)).json();
      expect(stats.departments).toEqual([
        {
          departmentId: s.bureau.id, departmentName: '政务服务数据管理局', ratings: 5, levels: { 1: 1, 2: 1, 3: 0, 4: 1, 5: 2 },
          satisfaction: 3 / 5, badRatings: 2, rectified: 1, rectificationRate: 1 / 2,
        },
        {
          departmentId: other.id, departmentName: '人力资源和社会保障局', ratings: 2, levels: { 1: 0, 2: 0, 3: 1, 4: 0, 5: 1 },
          satisfaction: 1 / 2, badRatings: 0, rectified: 0, rectificationRate: null,
        },
      ]);
      expect(stats.total).toEqual({ ratings: 7, levels: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 3 }, satisfaction: 4 / 7, badRatings: 2, rectified: 1, rectificationRate: 1 / 2 });
      expect(JSON.stringify(stats)).not.toMatch(/张三|applicant|comment/);
      const april = (await get(`/api/v1/public/rating-stats?period=2026-04&region=${s.city}`)).json();
      expect(april.total).toMatchObject({ ratings: 1, badRatings: 1, rectified: 0, rectificationRate: 0 });
      expect((await get('/api/v1/public/rating-stats?period=2026-13')).statusCode).toBe(400);

      // Default minimum 5: only the bureau is ranked, and one ranked department makes no board.
      const board = (await get(`/api/v1/public/red-blue-board?period=2026-03&region=${s.city}`)).json();
      expect(board).toMatchObject({ minRatings: 5, red: [], blue: [], ranking: [{ rank: 1, departmentId: s.bureau.id }] });
      expect(board.unranked.map((d: { departmentId: string }) => d.departmentId)).toEqual([other.id]);
      await put(`/api/v1/regions/${s.city}/rating-settings`, s.token, { boardMinRatings: 2 });
      const ranked = (await get(`/api/v1/public/red-blue-board?period=2026-03&region=${s.city}`)).json();
      expect(ranked.red.map((d: { departmentId: string; rank: number }) => [d.departmentId, d.rank])).toEqual([[s.bureau.id, 1]]);
      expect(ranked.blue.map((d: { departmentId: string; rank: number }) => [d.departmentId, d.rank])).toEqual([[other.id, 2]]);
    });

    it('exports ratings to Excel with the level codes of each table (national 5 = 非常满意, GB/T 39046 1 = 非常满意)', async () => {
      const s = await instantScene();
      const best = await rated(s, 5);
      const worst = await rated(s, 1);
      expect((await get('/api/v1/ratings/export?from=2026-04-01&to=2026-04-30&format=national', s.handler.token)).statusCode).toBe(403);
      expect((await get('/api/v1/ratings/export?from=2026-04-30&to=2026-04-01&format=national', s.supervisor.token)).statusCode).toBe(400);

      async function codes(format: string) {
        const response = await get(`/api/v1/ratings/export?from=2026-04-01&to=2026-04-30&format=${format}`, s.supervisor.token);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toContain('spreadsheetml');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
        const sheet = workbook.getWorksheet('评价数据')!;
        const header = Array.from(sheet.getRow(1).values as unknown[], String);
        const idColumn = header.indexOf('评价编号');
        const codeColumn = header.findIndex((h) => h.startsWith('评价等级代码'));
        const byId = new Map<string, [number, string]>();
        sheet.eachRow((row, n) => {
          if (n > 1) byId.set(String(row.getCell(idColumn).value), [Number(row.getCell(codeColumn).value), String(row.getCell(codeColumn + 1).value)]);
        });
        const table: [number, string][] = [];
        workbook.getWorksheet('等级代码表')!.eachRow((row, n) => { if (n > 1) table.push([Number(row.getCell(1).value), String(row.getCell(2).value)]); });
        return { header: header[codeColumn], best: byId.get(best.id), worst: byId.get(worst.id), table };
      }
      const national = await codes('national');
      expect(national).toMatchObject({ header: '评价等级代码（全国好差评接口：5=非常满意）', best: [5, '非常满意'], worst: [1, '非常不满意'] });
      expect(national.table[0]).toEqual([1, '非常不满意']);
      const gbt = await codes('gbt39046');
      expect(gbt).toMatchObject({ header: '评价等级代码（GB/T 39046：1=非常满意）', best: [1, '非常满意'], worst: [5, '非常不满意'] });
      expect(gbt.table).toEqual([[1, '非常满意'], [2, '满意'], [3, '基本满意'], [4, '不满意'], [5, '非常不满意']]);
    });
  });
}
