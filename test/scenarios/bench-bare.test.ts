import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_BARE_ENV } from '../../src/http/routes/bench-bare.js';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer } from '../support/factories.js';
import { buildApplicant } from '../support/intake-factories.js';

const BARE = '/api/v1/bench/bare-cases';
const body = { itemCode: 'ANY-ITEM', form: { name: '张三' }, materials: [{ code: 'M01', fileId: 'f1' }] };

/** The intake benchmark's baseline route (bench/intake.bench.ts): only with TONGBAN_BENCH_BARE=1, never in OpenAPI. */
for (const dialect of DIALECTS) {
  describe(`the bench's bare intake route [${dialect}]`, () => {
    let plain: TestApp;
    let bench: TestApp;
    beforeAll(async () => {
      plain = await buildTestApp(dialect);
      process.env[BENCH_BARE_ENV] = '1';
      try {
        bench = await buildTestApp(dialect);
      } finally {
        delete process.env[BENCH_BARE_ENV];
      }
    });
    afterAll(async () => {
      await plain.close();
      await bench.close();
    });

    it('does not exist unless the server starts with TONGBAN_BENCH_BARE=1', async () => {
      const { token } = await buildApplicant(plain);
      expect((await plain.app.inject({ method: 'POST', url: BARE, headers: bearer(token), payload: body })).statusCode).toBe(404);
    });

    it('validates the submission schema and answers 201 without storing a case; stays out of the OpenAPI document', async () => {
      const { token } = await buildApplicant(bench);
      const answer = await bench.app.inject({ method: 'POST', url: BARE, headers: bearer(token), payload: body });
      expect(answer.statusCode).toBe(201);
      expect(answer.json()).toMatchObject({ status: 'submitted', queryCode: '000000' });
      expect((await bench.app.inject({ method: 'POST', url: BARE, headers: bearer(token), payload: { ...body, form: 'no' } })).statusCode).toBe(400);
      expect((await bench.app.inject({ method: 'POST', url: BARE, payload: body })).statusCode).toBe(401);
      const cases = await bench.deps.store.db.selectFrom('cases').select('id').execute();
      expect(cases).toEqual([]);
      const openapi = (await bench.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, unknown> };
      expect(Object.keys(openapi.paths)).not.toContain(BARE);
      expect(Object.keys(openapi.paths)).toContain('/api/v1/cases');
    });
  });
}
