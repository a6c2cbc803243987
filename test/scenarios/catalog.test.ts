import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { buildItem, itemInput, newItemCode, staffForSteps } from '../support/catalog-factories.js';
import { DIALECTS } from '../support/dialects.js';
import { decodeQr, modulesOfSvg } from '../../src/core/catalog/testing/qr-reader.js';
import type { Department } from '../../src/core/organization/types.js';
import { DEMO_CATALOG_STAFF, loadDemoCatalog } from '../../src/services/seed/demo-catalog.js';
import { DEMO_DEPARTMENTS, DEMO_STAFF } from '../../src/services/seed/demo-data.js';
import { bearer, buildAdminScene, buildCity, buildDepartment, buildStaff, signIn } from '../support/factories.js';

// jsqr is CommonJS with an ES-style `default` in its types; under NodeNext the function is at `.default`.
const jsQR = jsQRModule.default;
type Reason = { code: string; field: string; message: string };
/** An exported catalog with department ids replaced by names and version numbers dropped: what two databases can share. */
function byName(file: { departments: { id: string; name: string }[]; items: Record<string, unknown>[] }) {
  const names = new Map(file.departments.map((d) => [d.id, d.name]));
  return JSON.parse(JSON.stringify(file.items, (key, value: unknown) => (key === 'departmentId' ? names.get(String(value)) : value)))
    .map(({ version: _version, ...rest }: Record<string, unknown>) => rest);
}
const fieldsOf = (body: { error: { fields?: { field: string }[] } }) => (body.error.fields ?? []).map((f) => f.field).sort();

for (const dialect of DIALECTS) {
  describe(`catalog: items, versions, guides (DOMAIN.md §3) [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect); });
    afterAll(async () => { await t.close(); });

    const send = (method: 'GET' | 'POST' | 'PUT', url: string, token?: string, payload?: object, headers: Record<string, string> = {}) =>
      t.app.inject({ method, url, headers: { ...(token ? bearer(token) : {}), ...headers }, ...(payload && { payload }) });
    const count = async (table: 'items' | 'item_versions') =>
      Number((await t.deps.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    it('creates a draft, publishes it, and shows the guide with the speed-up rate', async () => {
      const { bureau, token } = await buildAdminScene(t);
      await staffForSteps(t, bureau);
      const body = itemInput(bureau);
      const created = await send('POST', '/api/v1/items', token, body);
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ code: body.code, version: 1, status: 'draft', handling: 'promised', speedUpRate: 0.5, departmentName: bureau.name });
      expect((await send('GET', `/api/v1/items/${body.code}`)).statusCode).toBe(404);
      const published = await send('POST', `/api/v1/items/${body.code}/publish`, token);
      expect(published.statusCode).toBe(200);
      expect(published.json()).toMatchObject({ status: 'published', version: 1 });
      const guide = (await send('GET', `/api/v1/items/${body.code}`)).json();
      expect(guide).toMatchObject({
        code: body.code, name: body.name, type: '01', typeName: '行政许可', statutoryDays: 20, promisedDays: 10, speedUpRate: 0.5,
        handling: 'promised', visits: 1, free: true, commitmentAllowed: true, contactPhone: '0791-12345', complaintPhone: '12345',
        hallAddress: body.hallAddress, department: { id: bureau.id, name: bureau.name }, guidePath: `/guide/${body.code}`,
        legalBasis: [{ law: '《中华人民共和国食品安全法》', article: '第三十五条', clause: '第一款' }],
      });
      // The item names no license: a grant issues one named after the item, valid 5 years.
      expect(guide.license).toEqual({ name: '食品经营许可（测试）证明', validYears: 5 });
      expect(guide.steps.map((s: { key: string; workdays: number }) => [s.key, s.workdays])).toEqual([['review', 6], ['decide', 3]]);
      expect(guide.materials[1]).toMatchObject({ code: 'M02', form: 'paper', copies: 1, licenseType: '营业执照' });
      const audit = await t.deps.store.db.selectFrom('audit_events').select('action').where('entity', '=', 'item').where('entity_id', '=', body.code).orderBy('seq').execute();
      expect(audit.map((e) => e.action)).toEqual(['create', 'publish']);
    });

    it('refuses to publish with every reason at once (422), in Chinese and English, and publishes nothing', async () => {
      const { bureau, city, token } = await buildAdminScene(t);
      const other = await buildDepartment(t, city, { name: '无人部门' });
      await buildStaff(t, bureau, ['handler']);
      const body = itemInput(bureau, {
        statutoryDays: 5, promisedDays: 8,
        materials: [{ code: 'M01', name: '申请书', required: true, deferrable: false }, { code: 'M01', name: '身份证明', required: true, deferrable: false }],
        form: [{ key: 'name', label: '姓名', type: 'text' }, { key: 'name', label: '名称', type: 'text' }],
        steps: [
          { key: 'review', name: '审查', kind: 'review', departmentId: bureau.id, role: 'handler', workdays: 5 },
          { key: 'review', name: '会审', kind: 'parallel', departmentId: bureau.id, workdays: 4, join: 'all', branches: [{ departmentId: bureau.id, role: 'handler' }, { departmentId: other.id, role: 'handler' }] },
          { key: 'decide', name: '决定', kind: 'decide', departmentId: bureau.id, role: 'approver', workdays: 1 },
        ],
      });
      expect((await send('POST', '/api/v1/items', token, body)).statusCode).toBe(201);
      const refused = await send('POST', `/api/v1/items/${body.code}/publish`, token);
      expect(refused.statusCode).toBe(422);
      const error = refused.json().error;
      expect(error.code).toBe('item.publish_rejected');
      expect(error.reasons.map((r: Reason) => `${r.code}@${r.field}`).sort()).toEqual([
        'item_form_key_duplicate@form[1].key', 'item_material_code_duplicate@materials[1].code', 'item_promised_exceeds_statutory@promisedDays',
        'item_step_key_duplicate@steps[1].key', 'item_step_unstaffed@steps[1].branches[1]', 'item_step_unstaffed@steps[2]', 'item_steps_exceed_promised@steps',
      ]);
      expect(error.fields).toHaveLength(error.reasons.length);
      expect(error.reasons.find((r: Reason) => r.field === 'steps[2]').message).toBe(`${bureau.name}没有在岗的审批人，该环节无人可办`);
      const english = (await send('POST', `/api/v1/items/${body.code}/publish`, token, undefined, { 'accept-language': 'en' })).json().error;
      expect(english.reasons.find((r: Reason) => r.field === 'promisedDays').message).toBe('promised days (8) must not exceed statutory days (5)');
      expect((await send('GET', `/api/v1/items/${body.code}/versions`, token)).json().versions).toMatchObject([{ version: 1, status: 'draft' }]);
    });

    it('checks instant items (即办件): no step may need a day and none may be parallel; without steps one publishes', async () => {
      const { bureau, token } = await buildAdminScene(t);
      await staffForSteps(t, bureau);
      const slow = itemInput(bureau, { promisedDays: 0, statutoryDays: 0 });
      await send('POST', '/api/v1/items', token, slow);
      const reasons = (await send('POST', `/api/v1/items/${slow.code}/publish`, token)).json().error.reasons.map((r: Reason) => `${r.code}@${r.field}`);
      expect(reasons).toEqual(['item_instant_step_days@steps[0].workdays', 'item_instant_step_days@steps[1].workdays']);
      const instant = itemInput(bureau, { promisedDays: 0, statutoryDays: 20, steps: [] });
      await send('POST', '/api/v1/items', token, instant);
      expect((await send('POST', `/api/v1/items/${instant.code}/publish`, token)).statusCode).toBe(200);
      expect((await send('GET', `/api/v1/items/${instant.code}`)).json()).toMatchObject({ handling: 'instant', speedUpRate: 1 });
    });

    it('never edits a published version: a change makes a new draft, and publishing it supersedes the old one', async () => {
      const { bureau, token } = await buildAdminScene(t);
      const v1 = await buildItem(t, bureau);
      const edited = await send('PUT', `/api/v1/items/${v1.code}`, token, itemInput(bureau, { code: v1.code, promisedDays: 8, name: '食品经营许可（新）' }));
      expect(edited.statusCode).toBe(201);
      expect(edited.json()).toMatchObject({ version: 2, status: 'draft', promisedDays: 8 });
      expect((await send('GET', `/api/v1/item-versions/${edited.json().id}`)).statusCode).toBe(404);
      expect((await send('GET', `/api/v1/item-versions/${edited.json().id}`, token)).json()).toMatchObject({ status: 'draft' });
      const again = await send('PUT', `/api/v1/items/${v1.code}`, token, itemInput(bureau, { code: v1.code, promisedDays: 9, name: '食品经营许可（新）' }));
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ version: 2, promisedDays: 9 });
      expect((await send('GET', `/api/v1/items/${v1.code}`)).json()).toMatchObject({ version: 1, promisedDays: 10 });
      expect((await send('POST', `/api/v1/items/${v1.code}/publish`, token)).json()).toMatchObject({ version: 2, status: 'published' });
      expect((await send('GET', `/api/v1/items/${v1.code}`)).json()).toMatchObject({ version: 2, promisedDays: 9, speedUpRate: 0.55 });
      const old = await send('GET', `/api/v1/item-versions/${v1.id}`);
      expect(old.json()).toMatchObject({ id: v1.id, version: 1, status: 'retired', promisedDays: 10, supersededBy: again.json().id });
      const diff = (await send('GET', `/api/v1/items/${v1.code}/diff?from=1&to=2`, token)).json().changes;
      expect(diff).toEqual(expect.arrayContaining([
        { path: 'promisedDays', kind: 'changed', before: 10, after: 9 }, { path: 'name', kind: 'changed', before: '食品经营许可（测试）', after: '食品经营许可（新）' },
      ]));
      expect((await send('POST', `/api/v1/items/${v1.code}/publish`, token)).json().error.code).toBe('item.no_draft');
    });

    it('retires the published version: the guide is gone, the version stays readable by id', async () => {
      const { bureau, token } = await buildAdminScene(t);
      const item = await buildItem(t, bureau);
      expect((await send('POST', `/api/v1/items/${item.code}/retire`, token)).json()).toMatchObject({ status: 'retired' });
      expect((await send('GET', `/api/v1/items/${item.code}`)).statusCode).toBe(404);
      expect((await send('GET', `/api/v1/item-versions/${item.id}`)).json()).toMatchObject({ status: 'retired', supersededBy: null });
      expect((await send('POST', `/api/v1/items/${item.code}/retire`, token)).json().error.code).toBe('item.not_published');
    });

    it('finds published items by Chinese keyword, department, type, region, zero visits and online, with paging', async () => {
      const { bureau, city, token } = await buildAdminScene(t);
      const land = await buildDepartment(t, city, { name: '自然资源和规划局' });
      const food = await buildItem(t, bureau, { keywords: ['餐饮', '小吃店'], onlineDepth: 4, visits: 0 });
      const estate = await buildItem(t, land, { name: '不动产抵押登记', type: '07', keywords: ['抵押'], onlineDepth: 1 });
      const draft = await buildItem(t, bureau, { name: '小吃店备案' }, { publish: false });
      const codes = async (query: string) => (await send('GET', `/api/v1/items?${query}`)).json().items.map((i: { code: string }) => i.code);
      expect(await codes(`q=${encodeURIComponent('小吃')}&regionCode=${city}`)).toEqual([food.code]);
      expect(await codes(`q=${encodeURIComponent('自然资源')}`)).toEqual([estate.code]);
      expect(await codes(`departmentId=${land.id}`)).toEqual([estate.code]);
      expect(await codes(`type=07&regionCode=${city}`)).toEqual([estate.code]);
      expect(await codes(`zeroVisit=true&regionCode=${city}`)).toEqual([food.code]);
      expect(await codes(`online=true&regionCode=${city}`)).toEqual([food.code]);
      const page = (await send('GET', `/api/v1/items?regionCode=${city}&limit=1&offset=1`)).json();
      expect(page).toMatchObject({ total: 2, items: [{ code: [food.code, estate.code].sort()[1] }] });
      expect(await codes(`regionCode=${city}`)).not.toContain(draft.code);
      const managed = (await send('GET', '/api/v1/catalog/items?status=draft', token)).json();
      expect(managed.items).toEqual([expect.objectContaining({ code: draft.code, latestStatus: 'draft', publishedVersion: null })]);
    });

    it('lets only admins manage items (403 for staff, 401 anonymous), and only within their region', async () => {
      const mine = await buildAdminScene(t);
      const theirs = await buildAdminScene(t);
      const clerk = await signIn(t, (await buildStaff(t, mine.bureau, ['clerk', 'handler'])).username);
      const item = await buildItem(t, theirs.bureau);
      const body = itemInput(mine.bureau);
      expect((await send('POST', '/api/v1/items', clerk, body)).statusCode).toBe(403);
      expect((await send('POST', '/api/v1/items', undefined, body)).statusCode).toBe(401);
      expect((await send('POST', '/api/v1/items', mine.token, itemInput(theirs.bureau))).statusCode).toBe(403);
      expect((await send('PUT', `/api/v1/items/${item.code}`, mine.token, itemInput(theirs.bureau, { code: item.code }))).statusCode).toBe(403);
      for (const path of ['publish', 'retire']) expect((await send('POST', `/api/v1/items/${item.code}/${path}`, mine.token)).statusCode).toBe(403);
      expect((await send('GET', `/api/v1/items/${item.code}/versions`, mine.token)).statusCode).toBe(403);
      expect((await send('POST', '/api/v1/catalog/catch-all-items', mine.token, { departmentId: theirs.bureau.id })).statusCode).toBe(403);
      expect((await send('GET', '/api/v1/catalog/export', mine.token)).json().items.map((i: { code: string }) => i.code)).not.toContain(item.code);
      expect((await send('GET', `/api/v1/items/${item.code}`, clerk)).statusCode).toBe(200);
    });

    it('rejects bad input field by field (400) and stores nothing', async () => {
      const { bureau, token } = await buildAdminScene(t);
      const before = [await count('items'), await count('item_versions')];
      const { name: _name, ...noName } = itemInput(bureau);
      const bad = await send('POST', '/api/v1/items', token, {
        ...noName, type: '99', promisedDays: -1, extra: 1, licenseName: '', licenseValidYears: 0, materials: [{ code: 'M01', name: '申请书', required: 'yes', deferrable: false }],
      });
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad.json())).toEqual(['extra', 'licenseName', 'licenseValidYears', 'materials[0].required', 'name', 'promisedDays', 'type']);
      const structure = await send('POST', '/api/v1/items', token, itemInput(bureau, {
        steps: [{ key: 'joint', name: '并联', kind: 'parallel', departmentId: 'nowhere', role: 'handler', workdays: 2 }],
        form: [{ key: 'kind', label: '类别', type: 'select' }, { key: 'age', label: '年龄', type: 'number', min: 10, max: 1 }],
      }));
      expect(fieldsOf(structure.json())).toEqual(['form[0].options', 'form[1].max', 'steps[0].branches', 'steps[0].departmentId', 'steps[0].join', 'steps[0].role']);
      const unknown = await send('POST', '/api/v1/items', token, itemInput(bureau, { departmentId: 'nope' }));
      expect(fieldsOf(unknown.json())).toEqual(['departmentId']);
      expect([await count('items'), await count('item_versions')]).toEqual(before);
      const item = await buildItem(t, bureau);
      const moved = await send('PUT', `/api/v1/items/${item.code}`, token, itemInput(await buildDepartment(t, bureau.regionCode), { code: item.code }));
      expect(moved.json().error.fields).toEqual([expect.objectContaining({ field: 'departmentId' })]);
    });

    it('opens one catch-all item (兜底事项) per department, publishable like any item', async () => {
      const { bureau, token } = await buildAdminScene(t);
      await staffForSteps(t, bureau);
      const created = await send('POST', '/api/v1/catalog/catch-all-items', token, { departmentId: bureau.id });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ catchAll: true, status: 'draft', type: '10', departmentId: bureau.id });
      expect((await send('POST', '/api/v1/catalog/catch-all-items', token, { departmentId: bureau.id, code: newItemCode() })).json().error.code).toBe('item.catch_all_exists');
      expect((await send('POST', `/api/v1/items/${created.json().code}/publish`, token)).statusCode).toBe(200);
      expect((await send('GET', `/api/v1/items?departmentId=${bureau.id}`)).json().items).toEqual([expect.objectContaining({ catchAll: true })]);
    });

    it('exports the catalog and imports it into an empty database as the same catalog, from JSON and from Excel', async () => {
      const { bureau, city, token } = await buildAdminScene(t);
      const land = await buildDepartment(t, city, { name: '不动产登记中心' });
      await staffForSteps(t, land);
      await staffForSteps(t, bureau);
      const joint = itemInput(land, { name: '不动产登记', licenseName: '不动产登记证明', licenseValidYears: 10, steps: [
        { key: 'accept', name: '受理审核', kind: 'review', departmentId: land.id, role: 'handler', workdays: 2 },
        { key: 'joint', name: '并联办理', kind: 'parallel', departmentId: land.id, workdays: 3, join: 'all', absentMeansConsent: true,
          branches: [{ departmentId: land.id, role: 'approver' }, { departmentId: bureau.id, role: 'handler' }] },
      ], fees: [{ name: '登记费', standard: '住宅每件 80 元', basis: '发改价格规〔2016〕2559号', amountYuan: 80 }] });
      await send('POST', '/api/v1/items', token, joint);
      await send('POST', `/api/v1/items/${joint.code}/publish`, token);
      await send('PUT', `/api/v1/items/${joint.code}`, token, { ...joint, promisedDays: 9 });
      expect((await send('POST', `/api/v1/items/${joint.code}/publish`, token)).json()).toMatchObject({ version: 2 });
      await buildItem(t, bureau, { form: [{ key: 'kind', label: '类别', type: 'select', options: ['餐饮', '销售'], required: true }] }, { publish: false });
      const retired = await buildItem(t, bureau);
      await send('POST', `/api/v1/items/${retired.code}/retire`, token);
      await send('POST', '/api/v1/catalog/catch-all-items', token, { departmentId: land.id });
      const exported = (await send('GET', '/api/v1/catalog/export', token)).json();
      const workbook = await send('GET', '/api/v1/catalog/export.xlsx', token);
      expect(workbook.headers['content-type']).toContain('spreadsheetml');
      expect(exported.items.map((i: { status: string }) => i.status).sort()).toEqual(['draft', 'draft', 'published', 'retired']);
      const uploads = [['json', '/api/v1/catalog/import', exported], ['xlsx', '/api/v1/catalog/import.xlsx', { file: workbook.rawPayload.toString('base64') }]] as const;
      for (const [format, url, payload] of uploads) {
        const fresh = await buildTestApp(dialect);
        try {
          const scene = await buildAdminScene(fresh);
          const freshLand = await buildDepartment(fresh, scene.city, { name: '不动产登记中心' });
          await staffForSteps(fresh, scene.bureau);
          const unstaffed = await fresh.app.inject({ method: 'POST', url, headers: bearer(scene.token), payload });
          expect(unstaffed.statusCode, format).toBe(422);
          expect(unstaffed.json().error.reasons.map((r: Reason) => r.code)).toContain('item_step_unstaffed');
          await staffForSteps(fresh, freshLand);
          const imported = await fresh.app.inject({ method: 'POST', url, headers: bearer(scene.token), payload });
          expect(imported.statusCode, format).toBe(200);
          expect(imported.json()).toMatchObject({ created: exported.items.map((i: { code: string }) => i.code), published: [joint.code] });
          const again = (await fresh.app.inject({ method: 'GET', url: '/api/v1/catalog/export', headers: bearer(scene.token) })).json();
          expect(byName(again), format).toEqual(byName(exported));
          expect(again.items.find((i: { code: string }) => i.code === joint.code), format).toMatchObject({ licenseName: '不动产登记证明', licenseValidYears: 10 });
          const twice = await fresh.app.inject({ method: 'POST', url, headers: bearer(scene.token), payload });
          expect(twice.json().unchanged, format).toHaveLength(exported.items.length);
        } finally {
          await fresh.close();
        }
      }
    });

    it('rejects an import naming a department it cannot find, and stores nothing', async () => {
      const { token } = await buildAdminScene(t);
      const before = await count('items');
      const file = { format: 'tongban-catalog', formatVersion: 1, departments: [{ id: 'x1', name: '不存在的局', regionCode: '360100' }], items: [{ ...itemInput({ id: 'x1' } as never), status: 'published' }] };
      const response = await send('POST', '/api/v1/catalog/import', token, file);
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response.json())).toEqual(expect.arrayContaining(['departments[0]', 'items[0].departmentId']));
      expect(await count('items')).toBe(before);
    });

    it('loads the demo catalog: 20 published items over at least 8 departments, every one passing the checks', async () => {
      const city = await buildCity(t, '演示市');
      const departments = new Map<string, Department>();
      for (const spec of DEMO_DEPARTMENTS) {
        departments.set(spec.key, await buildDepartment(t, city, { name: spec.name, kind: spec.kind, ...(spec.parent && { parent: departments.get(spec.parent) }) }));
      }
      for (const staff of [...DEMO_STAFF, ...DEMO_CATALOG_STAFF]) {
        const department = departments.get(staff.department);
        if (department) await buildStaff(t, department, [...staff.roles]);
      }
      expect(await loadDemoCatalog({ ...t.deps, actor: null, ip: null }, departments)).toBe(20);
      const { items, total } = (await send('GET', `/api/v1/items?regionCode=${city}&limit=100`)).json();
      expect(total).toBe(20);
      expect(new Set(items.map((i: { department: { id: string } }) => i.department.id)).size).toBeGreaterThanOrEqual(8);
      expect(items.filter((i: { handling: string }) => i.handling === 'instant').length).toBeGreaterThanOrEqual(3);
      const transfer = (await send('GET', '/api/v1/items/360100-ZR-0701')).json();
      expect(transfer).toMatchObject({ promisedDays: 5, statutoryDays: 30, speedUpRate: 0.8333, fees: expect.arrayContaining([expect.objectContaining({ amountYuan: 80 })]) });
      expect(transfer.steps[1]).toMatchObject({ kind: 'parallel', join: 'all', branches: [expect.anything(), expect.anything()] });
      expect((await send('GET', `/api/v1/items?q=${encodeURIComponent('兜底')}&regionCode=${city}`)).json().items).toEqual([expect.objectContaining({ catchAll: true })]);
    });

    it('describes every catalog route in the OpenAPI document', async () => {
      const paths = Object.keys((await send('GET', '/api/openapi.json')).json().paths);
      expect(paths).toEqual(expect.arrayContaining([
        '/api/v1/items', '/api/v1/items/{code}', '/api/v1/items/{code}/publish', '/api/v1/items/{code}/retire', '/api/v1/items/{code}/versions',
        '/api/v1/items/{code}/versions/{version}', '/api/v1/items/{code}/diff', '/api/v1/items/{code}/qr.svg', '/api/v1/items/{code}/qr.png',
        '/api/v1/item-versions/{id}', '/api/v1/catalog/items', '/api/v1/catalog/catch-all-items', '/api/v1/catalog/export',
        '/api/v1/catalog/export.xlsx', '/api/v1/catalog/export/gbt-39046', '/api/v1/catalog/import', '/api/v1/catalog/import.xlsx',
      ]));
    });

    it("serves a QR code that decodes to the guide's public URL, under the origin the visitor used", async () => {
      const { bureau } = await buildAdminScene(t);
      const item = await buildItem(t, bureau);
      const svg = await t.app.inject({ method: 'GET', url: `/api/v1/items/${item.code}/qr.svg`, headers: { host: 'zwfw.example.gov.cn' } });
      expect(svg.headers['content-type']).toContain('image/svg+xml');
      expect(decodeQr(modulesOfSvg(svg.body))).toBe(`http://zwfw.example.gov.cn/guide/${item.code}`);
      const proxied = await t.app.inject({ method: 'GET', url: `/api/v1/items/${item.code}/qr.svg`, headers: { 'x-forwarded-host': 'zwfw.nc.gov.cn', 'x-forwarded-proto': 'https' } });
      expect(decodeQr(modulesOfSvg(proxied.body))).toBe(`https://zwfw.nc.gov.cn/guide/${item.code}`);
      const png = await send('GET', `/api/v1/items/${item.code}/qr.png`);
      expect(png.headers['content-type']).toBe('image/png');
      const image = PNG.sync.read(png.rawPayload);
      expect(jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data).toBe(`http://localhost:80/guide/${item.code}`);
      expect((await send('GET', '/api/v1/items/NO-SUCH/qr.svg')).statusCode).toBe(404);
    });
  });
}
