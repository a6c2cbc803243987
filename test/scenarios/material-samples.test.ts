import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDocx, sampleExe, samplePdf } from '../../src/core/files/testing/samples.js';
import { loadDemo } from '../../src/services/seed/load-demo.js';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { buildItem } from '../support/catalog-factories.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildAdminScene, buildCity, buildDepartment, buildStaff, signIn } from '../support/factories.js';
import { form } from '../support/multipart.js';

// Each test file runs in its own process: its blobs go to a folder of its own, read when the routes register.
const dir = mkdtempSync(join(tmpdir(), 'tongban-samples-'));
process.env.TONGBAN_FILES_DIR = dir;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const blobCount = () => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
const fileUrl = (code: string, material: string, kind = 'sample') => `/api/v1/items/${code}/materials/${material}/files/${kind}`;
type GuideMaterial = { code: string; sample?: { url: string; name: string; mime: string; size: number }; blankForm?: { url: string } };

for (const dialect of DIALECTS) {
  describe(`material samples (示例样本) and blank forms (空白表格) of the public guide [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect); });
    afterAll(async () => { await t.close(); });

    const put = (url: string, token: string | null, bytes: Uint8Array, filename: string) => {
      const body = form([{ name: 'file', value: bytes, filename }]);
      return t.app.inject({ method: 'PUT', url, payload: body.payload, headers: { 'content-type': body.type, ...(token && bearer(token)) } });
    };
    const send = (method: 'GET' | 'DELETE', url: string, token?: string) => t.app.inject({ method, url, headers: token ? bearer(token) : {} });
    const materials = async (code: string) => (await send('GET', `/api/v1/items/${code}`)).json().materials as GuideMaterial[];

    it('an admin sets a sample and a blank form; the guide lists them and anyone downloads the same bytes', async () => {
      const { bureau, token } = await buildAdminScene(t);
      const item = await buildItem(t, bureau);
      const pdf = samplePdf('Sample');
      const created = await put(fileUrl(item.code, 'M01'), token, pdf, '申请书填写示例.pdf');
      expect(created.statusCode).toBe(200);
      expect(created.json()).toMatchObject({ url: fileUrl(item.code, 'M01'), name: '申请书填写示例.pdf', mime: 'application/pdf', size: pdf.length, sha256: sha256(pdf) });
      expect((await put(fileUrl(item.code, 'M01', 'blank_form'), token, sampleDocx(), '空白表格.docx')).statusCode).toBe(200);
      const [m01, m02] = await materials(item.code);
      expect(m01).toMatchObject({ code: 'M01', sample: { url: fileUrl(item.code, 'M01'), name: '申请书填写示例.pdf', mime: 'application/pdf', size: pdf.length } });
      expect(m01?.blankForm).toMatchObject({ url: fileUrl(item.code, 'M01', 'blank_form') });
      expect(m02).not.toHaveProperty('sample');
      const download = await send('GET', fileUrl(item.code, 'M01'));
      expect(download.statusCode).toBe(200);
      expect(sha256(download.rawPayload)).toBe(sha256(pdf));
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-disposition']).toBe(`attachment; filename="_______.pdf"; filename*=UTF-8''${encodeURIComponent('申请书填写示例.pdf')}`);
      const audit = await t.deps.store.db.selectFrom('audit_events').select('action').where('entity_id', '=', item.code).orderBy('seq').execute();
      expect(audit.map((e) => e.action)).toEqual(['create', 'publish', 'add_material_file', 'add_material_file']);
    });

    it('replaces a file in place and removes it: the guide drops it, the download is 404, the bytes are gone', async () => {
      const { bureau, token } = await buildAdminScene(t);
      const item = await buildItem(t, bureau);
      await put(fileUrl(item.code, 'M02'), token, samplePdf('one'), 'a.pdf');
      const blobs = blobCount();
      const second = samplePdf('second version');
      expect((await put(fileUrl(item.code, 'M02'), token, second, 'b.pdf')).statusCode).toBe(200);
      expect(blobCount()).toBe(blobs);
      expect(sha256((await send('GET', fileUrl(item.code, 'M02'))).rawPayload)).toBe(sha256(second));
      expect((await send('DELETE', fileUrl(item.code, 'M02'), token)).statusCode).toBe(204);
      expect(blobCount()).toBe(blobs - 1);
      expect((await materials(item.code))[1]).not.toHaveProperty('sample');
      expect((await send('GET', fileUrl(item.code, 'M02'))).statusCode).toBe(404);
      expect((await send('DELETE', fileUrl(item.code, 'M02'), token)).statusCode).toBe(404);
    });

    it("refuses another region's admin and non-admins (403), anonymous callers (401), and leaves nothing", async () => {
      const { bureau, token } = await buildAdminScene(t);
      const item = await buildItem(t, bureau);
      const other = await buildDepartment(t, await buildCity(t), { name: '别市数据局' });
      const outsider = await signIn(t, (await buildStaff(t, other, ['admin'])).username);
      const handler = await signIn(t, (await buildStaff(t, bureau, ['handler', 'clerk'])).username);
      const blobs = blobCount();
      expect((await put(fileUrl(item.code, 'M01'), outsider, samplePdf(), 'x.pdf')).statusCode).toBe(403);
      expect((await put(fileUrl(item.code, 'M01'), handler, samplePdf(), 'x.pdf')).statusCode).toBe(403);
      expect((await put(fileUrl(item.code, 'M01'), null, samplePdf(), 'x.pdf')).statusCode).toBe(401);
      await put(fileUrl(item.code, 'M01'), token, samplePdf(), 'x.pdf');
      expect((await send('DELETE', fileUrl(item.code, 'M01'), outsider)).statusCode).toBe(403);
      expect((await send('DELETE', fileUrl(item.code, 'M01'), handler)).statusCode).toBe(403);
      expect(blobCount()).toBe(blobs + 1);
    });

    it('refuses an .exe whatever its name (415), an unknown material or item (404), a bad kind (400)', async () => {
      const { bureau, token } = await buildAdminScene(t);
      const item = await buildItem(t, bureau);
      const blobs = blobCount();
      const exe = await put(fileUrl(item.code, 'M01'), token, sampleExe(), 'sample.pdf');
      expect(exe.statusCode).toBe(415);
      expect(exe.json().error.code).toBe('file.unsupported_type');
      expect((await put(fileUrl(item.code, 'M99'), token, samplePdf(), 'x.pdf')).statusCode).toBe(404);
      expect((await put(fileUrl('NO-SUCH-ITEM', 'M01'), token, samplePdf(), 'x.pdf')).statusCode).toBe(404);
      expect((await put(fileUrl(item.code, 'M01', 'photo'), token, samplePdf(), 'x.pdf')).statusCode).toBe(400);
      expect(blobCount()).toBe(blobs);
      expect((await materials(item.code))[0]).not.toHaveProperty('sample');
    });

    it('keeps a draft-only material file private until the item is published', async () => {
      const { bureau, token } = await buildAdminScene(t);
      const draft = await buildItem(t, bureau, {}, { publish: false });
      expect((await put(fileUrl(draft.code, 'M01'), token, samplePdf(), 'x.pdf')).statusCode).toBe(200);
      expect((await send('GET', fileUrl(draft.code, 'M01'))).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'POST', url: `/api/v1/items/${draft.code}/publish`, headers: bearer(token) })).statusCode).toBe(200);
      expect((await send('GET', fileUrl(draft.code, 'M01'))).statusCode).toBe(200);
    });
  });

  describe(`the demo seed attaches downloadable samples [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect); });
    afterAll(async () => { await t.close(); });

    it('gives 不动产转移登记 a PDF sample of its application form', async () => {
      expect(await loadDemo({ ...t.deps, actor: null, ip: null })).toBe(true);
      const guide = (await t.app.inject({ method: 'GET', url: '/api/v1/items/360100-ZR-0701' })).json();
      const sample = (guide.materials as GuideMaterial[]).find((m) => m.code === 'M01')?.sample;
      expect(sample).toMatchObject({ mime: 'application/pdf', name: '不动产登记申请书（填写示例）.pdf' });
      const download = await t.app.inject({ method: 'GET', url: sample?.url ?? '' });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect(download.rawPayload.length).toBe(sample?.size);
      const seeded = await t.deps.store.db.selectFrom('material_samples').select('item_code').execute();
      expect(seeded.length).toBeGreaterThanOrEqual(2);
    });
  });
}
