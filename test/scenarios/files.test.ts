import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  sampleDocx, sampleExe, sampleJpeg, sampleOfd, samplePdf, samplePng,
} from '../../src/core/files/testing/samples.js';
import { inTransaction } from '../../src/services/context.js';
import { attachFilesToCase, fileProblemsForCase } from '../../src/services/files/attach-files.js';
import { s3BlobStore } from '../../src/services/files/s3-blob-store.js';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { form } from '../support/multipart.js';
import { bearer, buildCity, buildDepartment, buildStaff, signIn } from '../support/factories.js';

const MiB = 1024 * 1024;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const blobsIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

/** Builds the app with the file settings of the environment given (read when the routes register). */
async function withEnv(env: Record<string, string>, build: () => Promise<TestApp>): Promise<TestApp> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try { return await build(); } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  }
}

function scene(getApp: () => TestApp) {
  let counter = 0;
  const upload = (token: string | null, bytes: Uint8Array, filename: string, fields: Record<string, string> = {}, lang = 'zh') => {
    const body = form([...Object.entries(fields).map(([name, value]) => ({ name, value })), { name: 'file', value: bytes, filename, type: 'application/pdf' }]);
    return getApp().app.inject({
      method: 'POST', url: '/api/v1/files', payload: body.payload,
      headers: { 'content-type': body.type, 'accept-language': lang, ...(token && bearer(token)) },
    });
  };
  const get = (url: string, token: string | null) => getApp().app.inject({ method: 'GET', url, headers: token ? bearer(token) : {} });
  const applicant = async () => {
    counter += 1;
    const username = `applicant${counter}-${randomUUID().slice(0, 6)}`;
    const response = await getApp().app.inject({
      method: 'POST', url: '/api/v1/applicants',
      payload: { type: 'person', username, password: 'abc12345x', name: '张三', idNumber: '11010519491231002X', phone: '13812341234' },
    });
    return { id: response.json().id as string, token: await signIn(getApp(), username, 'abc12345x') };
  };
  const countRows = async () => Number((await getApp().deps.store.db.selectFrom('files').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { upload, get, applicant, countRows };
}

for (const dialect of DIALECTS) {
  describe(`files: uploads checked by content, kept by hash, shown only in scope [${dialect}]`, () => {
    let t: TestApp;
    const dir = mkdtempSync(join(tmpdir(), 'tongban-files-'));
    beforeAll(async () => { t = await withEnv({ TONGBAN_FILES_DIR: dir, TONGBAN_MAX_UPLOAD_MB: '1' }, () => buildTestApp(dialect)); });
    afterAll(async () => { await t.close(); rmSync(dir, { recursive: true, force: true }); });
    const { upload, get, applicant, countRows } = scene(() => t);

    it('stores PDF, PNG and JPEG with the SHA-256 of their bytes and gives the bytes back for preview', async () => {
      const me = await applicant();
      for (const [bytes, name, mime] of [[samplePdf(), '营业执照.pdf', 'application/pdf'], [samplePng(), '照片.png', 'image/png'], [sampleJpeg(), 'scan.jpg', 'image/jpeg']] as const) {
        const created = await upload(me.token, bytes, name, { materialCode: 'M01' });
        expect(created.statusCode).toBe(201);
        expect(created.json()).toMatchObject({ name, mime, size: bytes.length, sha256: sha256(bytes), materialCode: 'M01', caseId: null });
        const { id } = created.json();
        expect((await get(`/api/v1/files/${id}`, me.token)).json()).toEqual(created.json());
        const content = await get(`/api/v1/files/${id}/content`, me.token);
        expect(content.statusCode).toBe(200);
        expect(sha256(content.rawPayload)).toBe(sha256(bytes));
        expect(content.headers['content-type']).toBe(mime);
        expect(content.headers['x-content-type-options']).toBe('nosniff');
        expect(content.headers['content-disposition']).toBe(`inline; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`);
      }
      const audit = await t.deps.store.db.selectFrom('audit_events').select(['actor_id', 'action']).where('entity', '=', 'file').execute();
      expect(audit.filter((e) => e.actor_id === me.id && e.action === 'upload')).toHaveLength(3);
    });

    it('judges the kind by content: office packages are downloads, a PNG named .pdf is a PNG', async () => {
      const me = await applicant();
      const docx = await upload(me.token, sampleDocx(), '申请表.docx');
      expect(docx.json().mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect((await get(`/api/v1/files/${docx.json().id}/content`, me.token)).headers['content-disposition']).toMatch(/^attachment; /);
      expect((await upload(me.token, sampleOfd(), '证明.ofd')).json().mime).toBe('application/ofd');
      expect((await upload(me.token, samplePng(), 'photo.pdf')).json().mime).toBe('image/png');
    });

    it('refuses an .exe renamed to .pdf with 415 and a field error in Chinese and English, storing nothing', async () => {
      const me = await applicant();
      const [rows, blobs] = [await countRows(), blobsIn(dir)];
      const zh = await upload(me.token, sampleExe(), 'report.pdf');
      expect(zh.statusCode).toBe(415);
      expect(zh.json().error).toMatchObject({ code: 'file.unsupported_type', fields: [{ field: 'file', message: expect.stringContaining('与文件名无关') }] });
      const en = await upload(me.token, sampleExe(), 'report.pdf', {}, 'en');
      expect(en.json().error.fields[0].message).toContain('its content decides, not its name');
      expect([await countRows(), blobsIn(dir)]).toEqual([rows, blobs]);
    });

    it('takes a file of exactly the limit and answers 413 one byte over it, keeping neither row nor bytes', async () => {
      const me = await applicant();
      const exact = new Uint8Array(MiB);
      exact.set(samplePng());
      expect((await upload(me.token, exact, 'big.png')).statusCode).toBe(201);
      const [rows, blobs] = [await countRows(), blobsIn(dir)];
      const over = new Uint8Array(MiB + 1);
      over.set(samplePng());
      const response = await upload(me.token, over, 'too-big.png');
      expect(response.statusCode).toBe(413);
      expect(response.json().error).toMatchObject({ code: 'file.too_large', fields: [{ field: 'file' }] });
      expect([await countRows(), blobsIn(dir)]).toEqual([rows, blobs]);
    });

    it('closes the connection after refusing an upload it has not read to the end, so the next request is not lost', async () => {
      const me = await applicant();
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
      const big = new Uint8Array(8 * MiB);
      big.set(samplePdf());
      const body = new FormData();
      body.append('file', new Blob([big]), 'big.pdf');
      const refused = await fetch(`${base}/api/v1/files`, { method: 'POST', headers: bearer(me.token), body });
      expect([refused.status, refused.headers.get('connection')]).toEqual([413, 'close']);
      for (let i = 0; i < 3; i += 1) expect((await fetch(`${base}/api/health`)).status).toBe(200);
    });

    it("answers another applicant's file with the same 404 as a missing one, and 401 without a session", async () => {
      const [owner, other] = [await applicant(), await applicant()];
      const { id } = (await upload(owner.token, samplePdf(), 'a.pdf')).json();
      const missing = await get('/api/v1/files/no-such-file', other.token);
      expect(missing.statusCode).toBe(404);
      for (const url of [`/api/v1/files/${id}`, `/api/v1/files/${id}/content`]) {
        const foreign = await get(url, other.token);
        expect([foreign.statusCode, foreign.json()]).toEqual([404, missing.json()]);
        expect((await get(url, null)).statusCode).toBe(401);
      }
      expect((await upload(null, samplePdf(), 'a.pdf')).statusCode).toBe(401);
    });

    it('lets a clerk upload for a walk-in applicant; staff of that region see it, other staff do not', async () => {
      const walkIn = await applicant();
      const city = await buildCity(t);
      const hall = await buildDepartment(t, city, { kind: 'hall' });
      const clerk = await buildStaff(t, hall, ['clerk']);
      const clerkToken = await signIn(t, clerk.username);
      const created = await upload(clerkToken, samplePdf(), '身份证复印件.pdf', { applicantId: walkIn.id, materialCode: 'ID' });
      expect(created.statusCode).toBe(201);
      const url = `/api/v1/files/${created.json().id}/content`;
      const supervisor = await buildStaff(t, await buildDepartment(t, city), ['supervisor']);
      const handler = await buildStaff(t, hall, ['handler']);
      const elsewhere = await buildStaff(t, await buildDepartment(t, await buildCity(t)), ['clerk']);
      expect((await get(url, walkIn.token)).statusCode).toBe(200);
      expect((await get(url, clerkToken)).statusCode).toBe(200);
      expect((await get(url, await signIn(t, supervisor.username))).statusCode).toBe(200);
      expect((await get(url, await signIn(t, handler.username))).statusCode).toBe(404);
      expect((await get(url, await signIn(t, elsewhere.username))).statusCode).toBe(404);
      const own = await upload(walkIn.token, samplePdf(), 'online.pdf');
      expect((await get(`/api/v1/files/${own.json().id}`, clerkToken)).statusCode).toBe(404);
    });

    it('refuses uploads without a named applicant, from other staff, and of malformed forms', async () => {
      const me = await applicant();
      const hall = await buildDepartment(t, await buildCity(t));
      const clerk = await signIn(t, (await buildStaff(t, hall, ['clerk'])).username);
      const handler = await signIn(t, (await buildStaff(t, hall, ['handler'])).username);
      const field = async (response: Promise<{ json(): { error: { fields: { field: string }[] } } }>) => (await response).json().error.fields[0]?.field;
      expect(await field(upload(clerk, samplePdf(), 'a.pdf'))).toBe('applicantId');
      expect(await field(upload(clerk, samplePdf(), 'a.pdf', { applicantId: randomUUID() }))).toBe('applicantId');
      expect((await upload(handler, samplePdf(), 'a.pdf', { applicantId: me.id })).statusCode).toBe(403);
      expect(await field(upload(me.token, new Uint8Array(), 'empty.pdf'))).toBe('file');
      expect(await field(upload(me.token, samplePdf(), 'a.pdf', { colour: 'red' }))).toBe('colour');
      const json = await t.app.inject({ method: 'POST', url: '/api/v1/files', headers: bearer(me.token), payload: { file: 'x' } });
      expect(json.statusCode).toBe(415);
    });

    it('attaches files to a case only when they are the applicant’s own and not on another case', async () => {
      const [me, other] = [await applicant(), await applicant()];
      const mine = (await upload(me.token, samplePdf(), 'a.pdf')).json().id as string;
      const theirs = (await upload(other.token, samplePdf(), 'b.pdf')).json().id as string;
      const ctx = { ...t.deps, actor: null, ip: null };
      const caseA = randomUUID();
      await inTransaction(t.deps, (trx) => attachFilesToCase(trx, ctx, me.id, [{ fileId: mine }, { fileId: null }], caseA));
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/files/${mine}`, headers: bearer(me.token) })).json().caseId).toBe(caseA);
      await inTransaction(t.deps, (trx) => attachFilesToCase(trx, ctx, me.id, [{ fileId: mine }], caseA));
      const problems = await inTransaction(t.deps, (trx) => fileProblemsForCase(trx, ctx, me.id, [{}, { fileId: mine }, { fileId: theirs }, { fileId: 'nope' }], randomUUID()));
      expect(problems).toEqual([
        { field: 'materials[1].fileId', code: 'file_in_use' },
        { field: 'materials[2].fileId', code: 'not_found' },
        { field: 'materials[3].fileId', code: 'not_found' },
      ]);
      await expect(inTransaction(t.deps, (trx) => attachFilesToCase(trx, ctx, other.id, [{ fileId: theirs }, { fileId: mine }], randomUUID())))
        .rejects.toMatchObject({ code: 'request.invalid', fields: [{ field: 'materials[1].fileId', code: 'not_found' }] });
      const row = await t.deps.store.db.selectFrom('files').select('case_id').where('id', '=', theirs).executeTakeFirstOrThrow();
      expect(row.case_id).toBeNull();
    });
  });
}

type S3rverServer = { run(): Promise<{ port: number }>; close(): Promise<void> };
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: object) => S3rverServer;

for (const dialect of DIALECTS) {
  describe(`files on an S3-compatible store (s3rver on loopback) [${dialect}]`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongban-s3-'));
    const server = new S3rver({ address: '127.0.0.1', port: 0, directory: dir, silent: true, configureBuckets: [{ name: 'tongban' }] });
    let t: TestApp;
    let endpoint = '';
    beforeAll(async () => {
      endpoint = `http://127.0.0.1:${(await server.run()).port}`;
      const s3Url = `http://S3RVER:S3RVER@${endpoint.slice('http://'.length)}/tongban?region=cn-north-1`;
      t = await withEnv({ TONGBAN_S3_URL: s3Url, TONGBAN_FILES_DIR: join(dir, 'unused'), TONGBAN_MAX_UPLOAD_MB: '1' }, () => buildTestApp(dialect));
    });
    afterAll(async () => { await t.close(); await server.close(); rmSync(dir, { recursive: true, force: true }); });
    const { upload, get, applicant } = scene(() => t);
    const store = () => s3BlobStore({ endpoint, bucket: 'tongban', region: 'cn-north-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true });

    it('puts, gets and deletes an object', async () => {
      const bytes = samplePdf('s3 roundtrip');
      await store().put('test/roundtrip', bytes);
      const chunks: Buffer[] = [];
      for await (const chunk of await store().get('test/roundtrip')) chunks.push(chunk as Buffer);
      expect(sha256(Buffer.concat(chunks))).toBe(sha256(bytes));
      await store().delete('test/roundtrip');
      await expect(store().get('test/roundtrip')).rejects.toThrow();
    });

    it('uploads through the API into the bucket and streams the bytes back', async () => {
      const me = await applicant();
      const bytes = samplePng();
      const created = await upload(me.token, bytes, '照片.png');
      expect(created.statusCode).toBe(201);
      const content = await get(`/api/v1/files/${created.json().id}/content`, me.token);
      expect(sha256(content.rawPayload)).toBe(sha256(bytes));
      const key = (await t.deps.store.db.selectFrom('files').select('storage_key').where('id', '=', created.json().id).executeTakeFirstOrThrow()).storage_key;
      const chunks: Buffer[] = [];
      for await (const chunk of await store().get(key)) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).equals(Buffer.from(bytes))).toBe(true);
    });

    it('leaves nothing in the bucket for a refused or oversize upload', async () => {
      const me = await applicant();
      const objects = blobsIn(dir);
      expect((await upload(me.token, sampleExe(), 'x.pdf')).statusCode).toBe(415);
      const over = new Uint8Array(MiB + 1);
      over.set(samplePdf());
      expect((await upload(me.token, over, 'big.pdf')).statusCode).toBe(413);
      expect(blobsIn(dir)).toBe(objects);
      expect(existsSync(join(dir, 'unused'))).toBe(false);
    });
  });
}
