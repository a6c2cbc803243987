import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/services/audit/record-audit.js';
import { verifyAudit } from '../../src/services/audit/verify-audit.js';
import { inTransaction, type Ctx } from '../../src/services/context.js';
import { samplePdf } from '../../src/core/files/testing/samples.js';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer } from '../support/factories.js';
import { application, buildIntakeScene } from '../support/intake-factories.js';
import { form } from '../support/multipart.js';

// The events a transaction records are appended at its end (src/services/audit/audit-chain.ts).
for (const dialect of DIALECTS) {
  describe(`audit chain appended at commit [${dialect}]`, () => {
    let t: TestApp;
    let ctx: Ctx;
    beforeAll(async () => {
      t = await buildTestApp(dialect);
      ctx = { ...t.deps, actor: null, ip: '10.0.0.7' };
    });
    afterAll(async () => { await t.close(); });

    const eventsOf = (entity: string) => t.deps.store.db.selectFrom('audit_events').select(['seq', 'at', 'entity_id', 'action'])
      .where('entity', '=', entity).orderBy('seq').execute();

    it('chains parallel writers without gaps or forks, each transaction\'s events together and in order', async () => {
      const writers = 24;
      const outcomes = await Promise.allSettled(Array.from({ length: writers }, (_, i) => inTransaction(t.deps, async (trx) => {
        for (const action of ['first', 'second', 'third']) {
          await recordAudit(trx, ctx, { entity: 'parallel', entityId: `w${i}`, action });
          // Other work between events, so the writers interleave.
          await trx.selectFrom('audit_head').select('seq').execute();
        }
        if (i % 6 === 5) throw new Error('rolled back');
      })));
      expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason.message))
        .toEqual(Array.from({ length: writers / 6 }, () => 'rolled back'));
      const rows = await eventsOf('parallel');
      expect(rows).toHaveLength((writers - writers / 6) * 3);
      for (let i = 0; i < rows.length; i += 3) {
        const group = rows.slice(i, i + 3);
        expect(group.map((r) => r.entity_id)).toEqual(Array.from({ length: 3 }, () => group[0]!.entity_id));
        expect(group.map((r) => r.action)).toEqual(['first', 'second', 'third']);
        expect(group.map((r) => Number(r.seq))).toEqual([0, 1, 2].map((k) => Number(group[0]!.seq) + k));
      }
      expect(new Set(rows.map((r) => r.entity_id)).size).toBe(writers - writers / 6);
      const verified = await verifyAudit(t.deps.store.db);
      expect(verified.ok).toBe(true);
      const head = await t.deps.store.db.selectFrom('audit_head').select('seq').executeTakeFirstOrThrow();
      expect(verified.count).toBe(Number(head.seq));
    });

    it('stamps each event when it was recorded, not when it was appended', async () => {
      const start = t.clock.now();
      await inTransaction(t.deps, async (trx) => {
        await recordAudit(trx, ctx, { entity: 'timed', entityId: 'x', action: 'early' });
        t.clock.set(new Date(start.getTime() + 90_000));
        await recordAudit(trx, ctx, { entity: 'timed', entityId: 'x', action: 'late' });
      });
      const rows = await eventsOf('timed');
      expect(rows.map((r) => [r.action, r.at])).toEqual([
        ['early', start.toISOString()], ['late', new Date(start.getTime() + 90_000).toISOString()],
      ]);
    });

    it('audits a submission as every file attached, then the case, one after the other', async () => {
      const s = await buildIntakeScene(t);
      const upload = async (code: string) => {
        const body = form([{ name: 'materialCode', value: code }, { name: 'file', value: samplePdf(), filename: `${code}.pdf`, type: 'application/pdf' }]);
        return (await t.app.inject({ method: 'POST', url: '/api/v1/files', headers: { ...bearer(s.applicant.token), 'content-type': body.type }, payload: body.payload })).json().id as string;
      };
      const files = [await upload('id'), await upload('plan')];
      const submitted = await t.app.inject({
        method: 'POST', url: '/api/v1/cases', headers: bearer(s.applicant.token),
        payload: application(s.itemCode, [{ code: 'id', fileId: files[0]! }, { code: 'plan', fileId: files[1]! }]),
      });
      expect(submitted.statusCode).toBe(201);
      const head = await t.deps.store.db.selectFrom('audit_head').select('seq').executeTakeFirstOrThrow();
      const last = await t.deps.store.db.selectFrom('audit_events').select(['seq', 'entity', 'entity_id', 'action', 'actor_id'])
        .where('seq', '>', Number(head.seq) - 3).orderBy('seq').execute();
      expect(last.map((e) => [e.entity, e.entity_id, e.action, e.actor_id])).toEqual([
        ['file', files[0], 'attach', s.applicant.id], ['file', files[1], 'attach', s.applicant.id], ['case', submitted.json().id, 'submit', s.applicant.id],
      ]);
    });

    it('appends at once in a transaction opened elsewhere', async () => {
      await t.deps.store.db.transaction().execute(async (trx) => {
        await recordAudit(trx, ctx, { entity: 'direct', entityId: 'y', action: 'recorded' });
        const row = await trx.selectFrom('audit_events').select('action').where('entity', '=', 'direct').executeTakeFirst();
        expect(row?.action).toBe('recorded');
      });
      expect((await verifyAudit(t.deps.store.db)).ok).toBe(true);
    });
  });
}
