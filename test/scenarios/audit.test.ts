import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../src/services/audit/verify-audit.js';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildAdminScene } from '../support/factories.js';
import { runCli } from '../support/run-cli.js';

for (const dialect of DIALECTS) {
  describe(`audit trail (全程留痕) [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect); });
    afterAll(async () => { await t.close(); });

    it('records who changed what, from where, with masked personal data', async () => {
      const { token, admin, bureau } = await buildAdminScene(t);
      await t.app.inject({
        method: 'POST', url: '/api/v1/applicants', remoteAddress: '10.1.2.3',
        payload: { type: 'person', username: 'audited', password: 'abc12345x', name: '张三丰', idNumber: '11010519491231002X', phone: '13812341234' },
      });
      const created = await t.app.inject({ method: 'POST', url: '/api/v1/departments', headers: bearer(token), payload: { name: '审计测试处', regionCode: bureau.regionCode } });
      const event = await t.deps.store.db.selectFrom('audit_events').selectAll()
        .where('entity', '=', 'department').where('entity_id', '=', created.json().id).executeTakeFirstOrThrow();
      expect(event).toMatchObject({ actor_id: admin.id, actor_role: 'admin', action: 'create' });
      expect(JSON.parse(event.summary).after.name).toBe('审计测试处');
      const registration = await t.deps.store.db.selectFrom('audit_events').selectAll().where('action', '=', 'register').executeTakeFirstOrThrow();
      expect(registration.ip).toBe('10.1.2.3');
      expect(registration.summary).not.toContain('11010519491231002X');
      expect(registration.summary).not.toContain('13812341234');
      expect(registration.summary).toContain('138****1234');
    });

    it('verifies an intact chain', async () => {
      const result = await verifyAudit(t.deps.store.db);
      expect(result.ok).toBe(true);
      expect(result.count).toBeGreaterThan(2);
    });

    it('refuses to update or delete an audit event', async () => {
      await expect(sql`update audit_events set action = 'x' where seq = 1`.execute(t.deps.store.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_events where seq = 1`.execute(t.deps.store.db)).rejects.toThrow(/append-only/);
    });

    it('names the first broken event after a row is altered by hand, in the API and the CLI', async () => {
      const intact = runCli(['audit', 'verify', '--db', t.dbUrl]);
      expect(intact.status).toBe(0);
      expect(intact.stdout).toMatch(/intact: \d+ events/);
      // Someone with database rights switches the guard off and edits event 2.
      if (dialect === 'postgres') {
        await sql`alter table audit_events disable trigger audit_events_append_only`.execute(t.deps.store.db);
      } else {
        await sql`drop trigger audit_events_no_update`.execute(t.deps.store.db);
      }
      await sql`update audit_events set summary = '{"after":{"name":"篡改"}}' where seq = 2`.execute(t.deps.store.db);
      const result = await verifyAudit(t.deps.store.db);
      expect(result).toEqual({ ok: false, count: 1, brokenAt: { seq: 2, reason: 'hash_mismatch' } });
      const broken = runCli(['audit', 'verify', '--db', t.dbUrl]);
      expect(broken.status).not.toBe(0);
      expect(broken.stderr).toContain('seq=2');
    });
  });
}
