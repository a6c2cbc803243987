import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildAdminScene, buildStaff, signIn } from '../support/factories.js';

for (const dialect of DIALECTS) {
  describe(`HTTP conventions [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect); });
    afterAll(async () => { await t.close(); });

    it('answers /api/health with the database in use', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(response.json()).toEqual({ status: 'ok', database: dialect });
    });

    it('serves an OpenAPI 3 document naming every route, and a browsable page', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
      expect(doc.openapi).toMatch(/^3\./);
      for (const path of ['/api/health', '/api/v1/auth/login', '/api/v1/applicants', '/api/v1/departments', '/api/v1/users/{id}', '/api/v1/system/clock']) {
        expect(Object.keys(doc.paths)).toContain(path);
      }
      const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<html');
    });

    it('answers malformed JSON with 400, never 500', async () => {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username": ' });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('request.malformed_json');
    });

    it('answers a 30 MB body with 413', async () => {
      const huge = JSON.stringify({ username: 'x'.repeat(30 * 1024 * 1024), password: 'y' });
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: huge });
      expect(response.statusCode).toBe(413);
      expect(response.json().error.code).toBe('request.too_large');
    });

    it('answers an unknown API path with the JSON 404', async () => {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('request.not_found');
    });

    it('gives messages in Chinese by default and in English on Accept-Language: en', async () => {
      const zh = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
      expect(zh.json().error.message).toBe('请先登录');
      const en = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { 'accept-language': 'en-US,en;q=0.9' } });
      expect(en.json().error.message).toBe('Please sign in');
    });

    it('moves the simulated clock for an admin only, never backwards', async () => {
      const { token, bureau } = await buildAdminScene(t);
      const clerk = await buildStaff(t, bureau, ['clerk']);
      const later = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
      const byClerk = await t.app.inject({ method: 'PUT', url: '/api/v1/system/clock', headers: bearer(await signIn(t, clerk.username)), payload: { now: later } });
      expect(byClerk.statusCode).toBe(403);
      const moved = await t.app.inject({ method: 'PUT', url: '/api/v1/system/clock', headers: bearer(token), payload: { now: later } });
      expect(moved.statusCode).toBe(200);
      expect(new Date(moved.json().now).toISOString()).toBe(later);
      const back = await t.app.inject({ method: 'PUT', url: '/api/v1/system/clock', headers: bearer(token), payload: { now: '2020-01-01T00:00:00+08:00' } });
      expect(back.statusCode).toBe(422);
    });
  });
}

describe('the clock route without --simulated-clock', () => {
  it('answers 404, even for an admin', async () => {
    const t = await buildTestApp('sqlite', { simulated: false });
    try {
      const { token } = await buildAdminScene(t);
      const response = await t.app.inject({ method: 'PUT', url: '/api/v1/system/clock', headers: bearer(token), payload: { now: new Date().toISOString() } });
      expect(response.statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});
