import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublicKey, verify } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyStoreFor } from '../../src/services/licenses/key-store.js';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { buildDepartment, buildStaff, signIn } from '../support/factories.js';
import { concludedCase, requests } from '../support/grant-factories.js';
import { application, buildIntakeScene } from '../support/intake-factories.js';
import { runCli } from '../support/run-cli.js';

/** The text of a PDF, by poppler's pdftotext. */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'tongban-pdf-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 2026-03-02 is a Monday; the scene's applicant 张三 is a person with a resident ID number.
for (const dialect of DIALECTS) {
  describe(`electronic licenses (电子证照) [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect, { sessionHours: 24 * 365 * 10 }); });
    afterAll(async () => { await t.close(); });

    it('issues a signed license with the grant, which the public page verifies as valid with the holder masked', async () => {
      const { s, caseId, caseNo } = await concludedCase(t);
      const { get } = requests(t);
      const mine = await get(`/api/v1/cases/${caseId}/license`, s.applicant.token);
      expect(mine.statusCode).toBe(200);
      const license = mine.json();
      expect(license).toMatchObject({
        caseId, status: 'valid', licenseType: '食品经营许可证', validity: { from: '2026-03-02', until: '2031-03-01' },
        holder: { name: '张三', idKind: 'id_number', idLabel: '公民身份号码' }, fields: [{ label: '店铺名称', value: '红谷滩小吃店' }],
      });
      expect(license.number).toMatch(/^\d{6}-2026-\d{6}$/);
      expect(license.keyId).toBe(`${license.number.slice(0, 6)}-k1`);
      // The form's phone number is contact data, not a license field.
      expect(JSON.stringify(license.fields)).not.toContain('13912345678');

      const open = await get(`/api/v1/public/licenses/${license.number}`);
      expect(open.statusCode).toBe(200);
      const body = open.json();
      expect(body).toMatchObject({
        status: 'valid', number: license.number, licenseType: '食品经营许可证', validity: { from: '2026-03-02', until: '2031-03-01' },
        holder: { name: '张*', idKind: 'id_number' }, department: expect.any(String), checkedOn: '2026-03-02',
      });
      expect(body.holder.idNumber).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
      expect(open.body).not.toContain(license.holder.idNumber);
      expect(open.body).not.toContain(caseNo);
      expect((await get('/api/v1/public/licenses/360102-2026-999999')).statusCode).toBe(404);
      expect((await get('/api/v1/public/licenses/nonsense')).statusCode).toBe(404);

      // Anyone can check the signature offline with the published key.
      const keys = (await get('/api/v1/public/license-keys')).json().keys as { keyId: string; publicKeyPem: string; current: boolean }[];
      const key = keys.find((k) => k.keyId === license.keyId);
      expect(key?.current).toBe(true);
      expect(verify(null, Buffer.from(license.signed.data), createPublicKey(key?.publicKeyPem ?? ''), Buffer.from(license.signed.signature, 'base64'))).toBe(true);
      // The key lives in the key folder, not the database.
      expect(readdirSync(keyStoreFor(t.deps).dir)).toContain(`${license.keyId}.pem`);
      const audit = await t.deps.store.db.selectFrom('audit_events').select('action').where('entity', '=', 'license').execute();
      expect(audit.map((a) => a.action)).toContain('license.issue');
    });

    it("names the license and counts its validity as the item says (a 4-year 卫生许可证), in the data that is signed", async () => {
      const scene = await buildIntakeScene(t, { licenseName: '公共场所卫生许可证', licenseValidYears: 4 });
      const { caseId } = await concludedCase(t, { scene });
      const { get } = requests(t);
      const license = (await get(`/api/v1/cases/${caseId}/license`, scene.applicant.token)).json();
      expect(license).toMatchObject({ status: 'valid', licenseType: '公共场所卫生许可证', validity: { from: '2026-03-02', until: '2030-03-01' } });
      expect(JSON.parse(license.signed.data)).toMatchObject({ licenseType: '公共场所卫生许可证', validUntil: '2030-03-01' });
    });

    it('numbers licenses one by one per region and year, also when granted at the same moment', async () => {
      const cases = await Promise.all([concludedCase(t), concludedCase(t)]);
      const numbers = await Promise.all(cases.map(async ({ s, caseId }) => (await requests(t).get(`/api/v1/cases/${caseId}/license`, s.applicant.token)).json().number as string));
      expect(new Set(numbers).size).toBe(2);
      const rows = await t.deps.store.db.selectFrom('licenses').select('number').execute();
      expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
    });

    it('gives no license to a denial', async () => {
      const { s, caseId } = await concludedCase(t, { decision: 'deny', opinion: '经营场所不符合卫生条件' });
      expect((await requests(t).get(`/api/v1/cases/${caseId}/license`, s.applicant.token)).statusCode).toBe(404);
    });

    it('issues the license of a commitment grant at the window, and revokes it when verification finds a breach', async () => {
      const s = await buildIntakeScene(t, { commitmentAllowed: true });
      const { get, post } = requests(t);
      const { id } = (await post('/api/v1/cases', s.applicant.token, { ...application(s.itemCode, [{ code: 'id' }]), commitment: true })).json();
      expect((await post(`/api/v1/cases/${id}/accept`, s.clerk.token, { grant: true })).json()).toMatchObject({ status: 'concluded', result: 'granted' });
      const { number } = (await get(`/api/v1/cases/${id}/license`, s.applicant.token)).json();
      expect((await get(`/api/v1/public/licenses/${number}`)).json().status).toBe('valid');
      const [open] = (await get('/api/v1/verifications?status=open', s.handler.token)).json().verifications;
      await post(`/api/v1/verifications/${open.id}/complete`, s.handler.token, { outcome: 'breach', note: '现场核查：经营场所与承诺不符' });
      expect((await get(`/api/v1/public/licenses/${number}`)).json()).toMatchObject({ status: 'revoked', revokedReason: '现场核查：经营场所与承诺不符' });
    });

    it('says invalid when one byte of the stored license changes, and will not print it', async () => {
      const { s, caseId } = await concludedCase(t);
      const { get } = requests(t);
      const { number } = (await get(`/api/v1/cases/${caseId}/license`, s.applicant.token)).json();
      const row = await t.deps.store.db.selectFrom('licenses').select(['id', 'data']).where('number', '=', number).executeTakeFirstOrThrow();
      const tampered = row.data.replace('"validUntil":"2031-03-01"', '"validUntil":"2039-03-01"');
      expect(tampered).not.toBe(row.data);
      await t.deps.store.db.updateTable('licenses').set({ data: tampered }).where('id', '=', row.id).execute();
      const open = await get(`/api/v1/public/licenses/${number}`);
      expect(open.json()).toEqual({ status: 'invalid', number, checkedOn: '2026-03-02' });
      expect((await get(`/api/v1/cases/${caseId}/license`, s.applicant.token)).json()).toMatchObject({ status: 'invalid' });
      expect((await get(`/api/v1/cases/${caseId}/license.pdf`, s.approver.token)).json().error.code).toBe('license.invalid');
      // A changed signature is as bad as changed data.
      await t.deps.store.db.updateTable('licenses').set({ data: row.data, signature: 'AAAA' }).where('id', '=', row.id).execute();
      expect((await get(`/api/v1/public/licenses/${number}`)).json().status).toBe('invalid');
    });

    it('revokes with a reason (approver of the department); others get 403 or 404', async () => {
      const { s, caseId } = await concludedCase(t);
      const { get, post } = requests(t);
      const license = (await get(`/api/v1/cases/${caseId}/license`, s.approver.token)).json();
      const outsider = await buildStaff(t, await buildDepartment(t, s.city, { name: '市交通运输局' }), ['approver']);
      const outsiderToken = await signIn(t, outsider.username);
      expect((await get(`/api/v1/cases/${caseId}/license`, outsiderToken)).statusCode).toBe(404);
      expect((await post(`/api/v1/licenses/${license.id}/revoke`, outsiderToken, { reason: '以欺骗手段取得' })).statusCode).toBe(404);
      expect((await post(`/api/v1/licenses/${license.id}/revoke`, s.handler.token, { reason: '以欺骗手段取得' })).statusCode).toBe(403);
      expect((await post(`/api/v1/licenses/${license.id}/revoke`, s.applicant.token, { reason: '以欺骗手段取得' })).statusCode).toBe(404);
      expect((await post(`/api/v1/licenses/${license.id}/revoke`, s.approver.token, { reason: ' ' })).statusCode).toBe(400);
      expect((await get(`/api/v1/public/licenses/${license.number}`)).json().status).toBe('valid');

      const revoked = await post(`/api/v1/licenses/${license.id}/revoke`, s.approver.token, { reason: '以欺骗手段取得许可' });
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json()).toMatchObject({ status: 'revoked', revokedReason: '以欺骗手段取得许可' });
      expect((await get(`/api/v1/public/licenses/${license.number}`)).json()).toMatchObject({ status: 'revoked', revokedReason: '以欺骗手段取得许可' });
      expect((await post(`/api/v1/licenses/${license.id}/revoke`, s.approver.token, { reason: '再次' })).json().error.code).toBe('license.already_revoked');
    });

    it('keeps old licenses valid after a key rotation; new ones are signed with the new key', async () => {
      const first = await concludedCase(t);
      const { get } = requests(t);
      const before = (await get(`/api/v1/cases/${first.caseId}/license`, first.s.applicant.token)).json();
      const region = before.number.slice(0, 6);
      const rotated = runCli(['keys', 'rotate', '--region', region, '--key-dir', keyStoreFor(t.deps).dir]);
      expect(rotated.status).toBe(0);
      expect(rotated.stdout).toContain(`${region}-k2`);

      const second = await concludedCase(t, { scene: first.s });
      const after = (await get(`/api/v1/cases/${second.caseId}/license`, first.s.applicant.token)).json();
      expect(after.keyId).toBe(`${region}-k2`);
      expect((await get(`/api/v1/public/licenses/${before.number}`)).json().status).toBe('valid');
      expect((await get(`/api/v1/public/licenses/${after.number}`)).json().status).toBe('valid');
      const keys = (await get('/api/v1/public/license-keys')).json().keys as { keyId: string; current: boolean }[];
      expect(keys.filter((k) => k.keyId.startsWith(region))).toEqual([
        expect.objectContaining({ keyId: `${region}-k1`, current: false }), expect.objectContaining({ keyId: `${region}-k2`, current: true }),
      ]);
    });

    it('renders the license and both decisions as PDFs with their Chinese text', async () => {
      const granted = await concludedCase(t);
      const { get } = requests(t);
      const license = (await get(`/api/v1/cases/${granted.caseId}/license`, granted.s.approver.token)).json();
      const pdf = await get(`/api/v1/cases/${granted.caseId}/license.pdf`, granted.s.approver.token);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      const licenseText = pdfText(pdf.rawPayload);
      for (const words of ['食品经营许可证', license.number, '张三', '2031年3月1日', '红谷滩小吃店', `/verify/license/${license.number}`]) expect(licenseText).toContain(words);

      const grant = await get(`/api/v1/cases/${granted.caseId}/documents/decision`, granted.s.applicant.token);
      expect(grant.headers['content-type']).toBe('application/pdf');
      const grantText = pdfText(grant.rawPayload).replace(/\s+/g, '');
      for (const words of ['准予行政许可决定书', license.number, '扫码评价']) expect(grantText).toContain(words);

      const denied = await concludedCase(t, { decision: 'deny', opinion: '经营场所不符合卫生条件\n未配备食品安全管理人员' });
      const deny = await get(`/api/v1/cases/${denied.caseId}/documents/decision`, denied.s.applicant.token);
      expect(deny.statusCode).toBe(200);
      const denyText = pdfText(deny.rawPayload).replace(/\s+/g, '');
      for (const words of ['不予行政许可决定书', '一、经营场所不符合卫生条件', '二、未配备食品安全管理人员', '六十日内', '六个月内', '扫码评价']) expect(denyText).toContain(words);
      // A case not yet decided has no decision.
      const pending = await requests(t).post('/api/v1/cases', denied.s.applicant.token, application(denied.s.itemCode));
      expect((await get(`/api/v1/cases/${pending.json().id}/documents/decision`, denied.s.applicant.token)).statusCode).toBe(404);
    });

    // Last: the simulated clock cannot go back.
    it('expires after its last valid day (Asia/Shanghai)', async () => {
      const { s, caseId } = await concludedCase(t);
      const { number } = (await requests(t).get(`/api/v1/cases/${caseId}/license`, s.applicant.token)).json();
      t.clock.set(new Date('2031-03-01T23:59:00+08:00'));
      expect((await requests(t).get(`/api/v1/public/licenses/${number}`)).json().status).toBe('valid');
      t.clock.set(new Date('2031-03-02T00:00:00+08:00'));
      expect((await requests(t).get(`/api/v1/public/licenses/${number}`)).json()).toMatchObject({ status: 'expired', checkedOn: '2031-03-02' });
    });
  });
}
