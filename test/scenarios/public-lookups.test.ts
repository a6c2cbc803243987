import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer } from '../support/factories.js';
import { application, buildIntakeScene } from '../support/intake-factories.js';

interface Found { caseNo: string; queryCode: string }

// Monday 2 March 2026, 09:00 in Shanghai; the clock only moves forward, by the tests that say so.
const START = new Date('2026-03-02T09:00:00+08:00');
const UNKNOWN = '360100-20990101-00001';

const wrongCode = (code: string, by = 1) => String((Number(code) + by) % 1_000_000).padStart(6, '0');

for (const dialect of DIALECTS) {
  describe(`public lookups by case number and query code: the guessing throttle (docs/security.md) [${dialect}]`, () => {
    let t: TestApp;
    let scene: Awaited<ReturnType<typeof buildIntakeScene>>;
    beforeAll(async () => {
      t = await buildTestApp(dialect, { sessionHours: 24 * 365, start: START });
      // An instant item: accepting concludes, so the case can be rated as well as looked up.
      scene = await buildIntakeScene(t, { promisedDays: 0 });
    });
    afterAll(async () => { await t.close(); });

    // Every test speaks from its own client address (the server trusts X-Forwarded-For), so the per-address
    // count of one test does not reach the next.
    let address = 0;
    const newAddress = () => { address += 1; return `203.0.113.${address}`; };
    const headers = (ip: string, lang = 'zh') => ({ 'x-forwarded-for': ip, 'accept-language': lang });
    const progress = (c: Found, ip: string, lang = 'zh') =>
      t.app.inject({ method: 'GET', url: `/api/v1/public/progress?caseNo=${c.caseNo}&queryCode=${c.queryCode}`, headers: headers(ip, lang) });
    const ratingInfo = (c: Found, ip: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1/public/ratings?caseNo=${c.caseNo}&queryCode=${c.queryCode}`, headers: headers(ip) });
    const ratePublicly = (c: Found, ip: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/public/ratings', headers: headers(ip), payload: { ...c, channel: 'qr', level: 5 } });

    async function concludedCase(): Promise<Found> {
      const submitted = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: bearer(scene.applicant.token), payload: application(scene.itemCode) });
      const { id, caseNo, queryCode } = submitted.json();
      expect((await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/accept`, headers: bearer(scene.clerk.token) })).json().status).toBe('concluded');
      return { caseNo, queryCode };
    }

    it('answers a wrong code exactly as an unknown case number: 404, same body, in both languages', async () => {
      const c = await concludedCase();
      const ip = newAddress();
      for (const lang of ['zh', 'en']) {
        const wrong = await progress({ caseNo: c.caseNo, queryCode: wrongCode(c.queryCode) }, ip, lang);
        const unknown = await progress({ caseNo: UNKNOWN, queryCode: c.queryCode }, ip, lang);
        expect([wrong.statusCode, unknown.statusCode]).toEqual([404, 404]);
        expect(wrong.body).toBe(unknown.body);
        expect(wrong.json().error.code).toBe('request.not_found');
      }
      const wrongInfo = await ratingInfo({ caseNo: c.caseNo, queryCode: wrongCode(c.queryCode) }, ip);
      const unknownInfo = await ratingInfo({ caseNo: UNKNOWN, queryCode: c.queryCode }, ip);
      expect([wrongInfo.statusCode, wrongInfo.body]).toEqual([404, unknownInfo.body]);
      expect((await progress(c, ip)).statusCode).toBe(200);
    });

    it('counts right codes as nothing: many lookups with the right code, then the limit of wrong ones still applies', async () => {
      const c = await concludedCase();
      const ip = newAddress();
      for (let i = 0; i < 8; i += 1) expect((await progress(c, ip)).statusCode).toBe(200);
      for (let i = 0; i < 5; i += 1) expect((await progress({ ...c, queryCode: wrongCode(c.queryCode) }, ip)).statusCode).toBe(404);
      expect((await progress(c, ip)).statusCode).toBe(429);
    });

    it('refuses every lookup of a case number after 5 wrong codes in an hour, even the right code, until the hour ends', async () => {
      const [target, other] = [await concludedCase(), await concludedCase()];
      const [attacker, owner] = [newAddress(), newAddress()];
      const started = t.clock.now();
      // The wrong codes may come through any of the lookups: they count on the case number together.
      expect((await progress({ ...target, queryCode: wrongCode(target.queryCode) }, attacker)).statusCode).toBe(404);
      expect((await ratingInfo({ ...target, queryCode: wrongCode(target.queryCode, 2) }, attacker)).statusCode).toBe(404);
      expect((await ratePublicly({ ...target, queryCode: wrongCode(target.queryCode, 3) }, attacker)).statusCode).toBe(404);
      t.clock.set(new Date(started.getTime() + 10 * 60_000));
      for (let i = 0; i < 2; i += 1) expect((await progress({ ...target, queryCode: wrongCode(target.queryCode) }, attacker)).statusCode).toBe(404);

      // The 6th, with the right code and from the owner's own address: refused, with when it reopens (an hour after the first).
      const refused = await progress(target, owner);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error).toEqual({ code: 'lookup.too_many_attempts', message: '查询码错误次数过多，查询已暂停，请于 2026-03-02T10:00:00.000+08:00 后再试' });
      expect((await progress(target, owner, 'en')).json().error.message).toBe('Too many wrong query codes; lookups are paused until 2026-03-02T10:00:00.000+08:00');
      expect((await ratingInfo(target, owner)).statusCode).toBe(429);
      expect((await ratePublicly(target, owner)).statusCode).toBe(429);
      expect(await t.deps.store.db.selectFrom('ratings').select('id').execute()).toEqual([]);

      // Another case number is not affected, from either address.
      expect((await progress(other, attacker)).statusCode).toBe(200);
      expect((await progress(other, owner)).statusCode).toBe(200);

      // A minute before the hour ends: still refused; at the hour: open again, and the rating goes through.
      t.clock.set(new Date(started.getTime() + 59 * 60_000));
      expect((await progress(target, owner)).statusCode).toBe(429);
      t.clock.set(new Date(started.getTime() + 60 * 60_000));
      expect((await progress(target, owner)).statusCode).toBe(200);
      expect((await ratePublicly(target, owner)).statusCode).toBe(201);
    });

    it('throttles an unknown case number the same way, so the throttle does not reveal which numbers exist', async () => {
      const ip = newAddress();
      const unknown = { caseNo: '360100-20990101-00002', queryCode: '123456' };
      for (let i = 0; i < 5; i += 1) expect((await progress(unknown, ip)).statusCode).toBe(404);
      expect((await progress(unknown, ip)).json().error.code).toBe('lookup.too_many_attempts');
    });

    it('refuses an address after 30 wrong codes in an hour on any case numbers; another address is not affected', async () => {
      const c = await concludedCase();
      const [scanner, neighbour] = [newAddress(), newAddress()];
      for (let i = 0; i < 30; i += 1) {
        const guess = await progress({ caseNo: `360100-20990102-${String(i).padStart(5, '0')}`, queryCode: '123456' }, scanner);
        expect(guess.statusCode).toBe(404);
      }
      const refused = await progress(c, scanner);
      expect([refused.statusCode, refused.json().error.code]).toEqual([429, 'lookup.too_many_attempts']);
      expect((await progress(c, neighbour)).statusCode).toBe(200);
    });

    it('checks at most 5 of 20 concurrent wrong codes: the attempt is counted before the code is compared', async () => {
      const c = await concludedCase();
      const ip = newAddress();
      const guesses = await Promise.all(Array.from({ length: 20 }, (_, i) =>
        progress({ ...c, queryCode: wrongCode(c.queryCode, i + 1) }, ip)));
      const statuses = guesses.map((g) => g.statusCode);
      expect(statuses.filter((s) => s === 404)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(15);
      expect((await progress(c, newAddress())).statusCode).toBe(429);
    });
  });
}
