import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWaterTransferSubscriber } from '../../examples/water-transfer-subscriber.js';
import { runDueJobs } from '../../src/jobs/scheduler.js';
import { createWebhooksJob } from '../../src/jobs/webhooks.js';
import { formatInstant } from '../../src/core/clock/index.js';
import { changeCase } from '../../src/services/cases/change-case.js';
import type { Ctx } from '../../src/services/context.js';
import { dispatchWebhooks } from '../../src/services/webhooks/dispatch-webhooks.js';
import { createDatabase } from '../../src/store/database.js';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer } from '../support/factories.js';
import { application, buildIntakeScene } from '../support/intake-factories.js';

// Secrets are sealed at rest under this key (services/webhooks/secret-box.ts); the test process owns its env.
process.env.TONGBAN_WEBHOOK_KEY = 'a1'.repeat(32);

interface Received { path: string; headers: IncomingHttpHeaders; body: string }

/** A real HTTP receiver on loopback (the outside world), which can be told to fail or to be slow. */
async function startReceiver() {
  const state = { received: [] as Received[], failures: 0, delayMs: 0 };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => void (async () => {
      state.received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      await new Promise((resolve) => setTimeout(resolve, state.delayMs));
      if (state.failures > 0) {
        state.failures -= 1;
        response.writeHead(500).end('receiver down');
      } else {
        response.writeHead(204).end();
      }
    })());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    state, url: (path = '/hook') => `http://127.0.0.1:${port}${path}`,
    at: (path: string) => state.received.filter((r) => r.path === path),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** The receiver's check, written from the docs with node:crypto alone: v1 = hex HMAC-SHA256 of "<timestamp>.<body>". */
function signatureOk(secret: string, received: Received, signatureIndex = 0): boolean {
  const timestamp = String(received.headers['tongban-timestamp']);
  const expected = createHmac('sha256', secret).update(`${timestamp}.${received.body}`).digest('hex');
  const values = String(received.headers['tongban-signature']).split(',');
  return values[signatureIndex] === `v1=${expected}`;
}

const minutes = (n: number) => n * 60_000;

for (const dialect of DIALECTS) {
  describe(`signed webhooks for case events (一链办理) [${dialect}]`, () => {
    let t: TestApp;
    let receiver: Awaited<ReturnType<typeof startReceiver>>;
    beforeAll(async () => { t = await buildTestApp(dialect, { sessionHours: 24 * 365 }); });
    afterAll(async () => { await t.close(); });
    beforeEach(async () => { receiver = await startReceiver(); });
    afterEach(async () => { await receiver.close(); });

    const post = (url: string, token: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: bearer(token), payload });
    const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
    const patch = (url: string, token: string, payload: object) => t.app.inject({ method: 'PATCH', url, headers: bearer(token), payload });
    const systemCtx = (): Ctx => ({ ...t.deps, actor: null, ip: null });
    /** Moves the simulated clock the way an admin does; every scheduled job, the webhook sender included, runs before the answer. */
    const tick = async (token: string, ms = 0) => {
      const response = await t.app.inject({ method: 'PUT', url: '/api/v1/system/clock', headers: bearer(token), payload: { now: new Date(t.clock.now().getTime() + ms).toISOString() } });
      expect(response.statusCode).toBe(200);
    };
    const subscribe = async (token: string, body: object) => {
      const response = await post('/api/v1/webhooks', token, { name: '水务公司', url: receiver.url(), eventTypes: ['*'], ...body });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string; secret: string; previousSecretValidUntil: string | null };
    };
    const submitAndAccept = async (s: Awaited<ReturnType<typeof buildIntakeScene>>) => {
      const { id } = (await post('/api/v1/cases', s.applicant.token, application(s.itemCode))).json() as { id: string };
      expect((await post(`/api/v1/cases/${id}/accept`, s.clerk.token)).statusCode).toBe(200);
      return id;
    };
    const deliveriesOf = async (token: string, query = '') => {
      const response = await get(`/api/v1/webhooks/deliveries${query}`, token);
      expect(response.statusCode).toBe(200);
      return response.json() as { deliveries: { id: string; caseId: string; eventType: string; status: string; attempts: number; lastStatus: number | null; lastError: string | null; payload: unknown }[]; total: number };
    };

    it('sends an accepted case\'s event once after commit, signed, with a snapshot and no personal data', async () => {
      const s = await buildIntakeScene(t);
      const created = await subscribe(s.token, { eventTypes: ['case.accepted'] });
      expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      // The secret is shown once: not on reading, and not stored as is.
      const read = await get(`/api/v1/webhooks/${created.id}`, s.token);
      expect(read.json()).toMatchObject({ id: created.id, eventTypes: ['case.accepted'], regionCode: s.city, active: true });
      expect(read.body).not.toContain(created.secret);
      const stored = await t.deps.store.db.selectFrom('webhook_subscriptions').select('secret').where('id', '=', created.id).executeTakeFirstOrThrow();
      expect(stored.secret.startsWith('aes256gcm:')).toBe(true);
      expect(stored.secret).not.toContain(created.secret.slice(6));

      const caseId = await submitAndAccept(s);
      expect(receiver.state.received).toHaveLength(0);
      await tick(s.token);
      await tick(s.token, 1_000);
      expect(receiver.state.received).toHaveLength(1);
      const [request] = receiver.state.received as [Received];
      expect(request.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(request.headers['tongban-event']).toBe('case.accepted');
      expect(Number(request.headers['tongban-timestamp'])).toBe(Math.floor(t.clock.now().getTime() / 1000) - 1);
      expect(signatureOk(created.secret, request)).toBe(true);
      expect(signatureOk(created.secret, { ...request, body: request.body.replace('in_progress', 'concluded') })).toBe(false);

      const caseView = (await get(`/api/v1/cases/${caseId}`, s.clerk.token)).json() as { caseNo: string };
      const body = JSON.parse(request.body);
      expect(body).toEqual({
        id: expect.any(String), type: 'case.accepted', occurredAt: '2026-03-02T09:00:00.000+08:00',
        case: {
          id: caseId, caseNo: caseView.caseNo, itemCode: s.itemCode, itemName: '食品经营许可', regionCode: s.city,
          department: { id: s.bureau.id, name: '政务服务数据管理局' }, channel: 'online',
          statusFrom: 'submitted', statusTo: 'in_progress', result: null,
        },
      });
      for (const personal of ['张三', '13812341234', '13912345678', '红谷滩小吃店', s.applicant.id]) expect(request.body).not.toContain(personal);

      const log = await deliveriesOf(s.token);
      expect(log.total).toBe(1);
      expect(log.deliveries[0]).toMatchObject({ id: request.headers['tongban-delivery'], caseId, eventType: 'case.accepted', status: 'delivered', attempts: 1, lastStatus: 204 });
    });

    it('hears only the event types, items and region it subscribes to', async () => {
      const s = await buildIntakeScene(t);
      const elsewhere = await buildIntakeScene(t);
      await subscribe(s.token, { url: receiver.url('/concluded'), eventTypes: ['case.concluded'] });
      await subscribe(s.token, { url: receiver.url('/all'), eventTypes: ['*'] });
      await subscribe(s.token, { url: receiver.url('/submitted-of-item'), eventTypes: ['case.submitted'], itemCodes: [s.itemCode] });
      await subscribe(s.token, { url: receiver.url('/other-item'), eventTypes: ['*'], itemCodes: [elsewhere.itemCode] });
      await subscribe(elsewhere.token, { url: receiver.url('/other-city'), eventTypes: ['*'] });
      const paused = await subscribe(s.token, { url: receiver.url('/paused'), eventTypes: ['*'], active: false });
      await submitAndAccept(s);
      await tick(s.token);
      const types = (path: string) => receiver.at(path).map((r) => r.headers['tongban-event']);
      expect(types('/all').sort()).toEqual(['case.accepted', 'case.submitted']);
      expect(types('/submitted-of-item')).toEqual(['case.submitted']);
      expect([types('/concluded'), types('/other-item'), types('/other-city'), types('/paused')]).toEqual([[], [], [], []]);

      // A subscription paused after an event does not send it later by surprise: the delivery is dead, replayable.
      expect((await patch(`/api/v1/webhooks/${paused.id}`, s.token, { active: true })).statusCode).toBe(200);
      const caseId = await submitAndAccept(s);
      expect((await patch(`/api/v1/webhooks/${paused.id}`, s.token, { active: false })).statusCode).toBe(200);
      await tick(s.token);
      expect(receiver.at('/paused')).toHaveLength(0);
      const dead = await deliveriesOf(s.token, `?status=dead&subscriptionId=${paused.id}`);
      expect(dead.deliveries.map((d) => [d.caseId, d.lastError])).toEqual([[caseId, 'subscription inactive'], [caseId, 'subscription inactive']]);
    });

    it('retries a failing receiver with backoff, gives up after six attempts, and delivers once replayed', async () => {
      const s = await buildIntakeScene(t);
      const created = await subscribe(s.token, { eventTypes: ['case.accepted'] });
      receiver.state.failures = 1_000;
      await submitAndAccept(s);
      const delivery = async () => (await deliveriesOf(s.token, `?subscriptionId=${created.id}`)).deliveries[0];
      await tick(s.token);
      expect(await delivery()).toMatchObject({ status: 'pending', attempts: 1, lastStatus: 500, lastError: 'HTTP 500 receiver down' });
      await tick(s.token, minutes(1) - 1_000);
      expect(await delivery()).toMatchObject({ attempts: 1 });
      // The waits after each failure: 1, 5, 30, 120, 360 minutes (core/notifications/backoff.ts).
      for (const [wait, attempts] of [[1_000, 2], [minutes(5), 3], [minutes(30), 4], [minutes(120), 5]] as const) {
        await tick(s.token, wait);
        expect(await delivery()).toMatchObject({ status: 'pending', attempts });
      }
      await tick(s.token, minutes(360) - 1_000);
      expect(await delivery()).toMatchObject({ status: 'pending', attempts: 5 });
      await tick(s.token, 1_000);
      expect(await delivery()).toMatchObject({ status: 'dead', attempts: 6, lastStatus: 500 });
      const dead = await deliveriesOf(s.token, '?status=dead');
      const id = (await delivery())!.id;
      expect(dead.deliveries.map((d) => d.id)).toContain(id);
      expect(receiver.state.received).toHaveLength(6);
      expect(new Set(receiver.state.received.map((r) => `${r.headers['tongban-delivery']} ${r.body}`)).size).toBe(1);
      await tick(s.token, minutes(24 * 60));
      expect(receiver.state.received).toHaveLength(6);

      receiver.state.failures = 0;
      const replayed = await post(`/api/v1/webhooks/deliveries/${id}/replay`, s.token);
      expect(replayed.statusCode).toBe(200);
      expect(replayed.json()).toMatchObject({ id, status: 'pending', attempts: 0 });
      await tick(s.token);
      expect(await delivery()).toMatchObject({ status: 'delivered', attempts: 1, lastStatus: 204 });
      expect(receiver.state.received).toHaveLength(7);
      expect(receiver.state.received[6]?.headers['tongban-delivery']).toBe(id);
      expect(signatureOk(created.secret, receiver.state.received[6]!)).toBe(true);
      const again = await post(`/api/v1/webhooks/deliveries/${id}/replay`, s.token);
      expect([again.statusCode, again.json().error.code]).toEqual([409, 'webhook.delivery_not_dead']);
    });

    it('counts a receiver that does not answer in time as a failed attempt', async () => {
      const s = await buildIntakeScene(t);
      const created = await subscribe(s.token, { eventTypes: ['case.accepted'] });
      receiver.state.delayMs = 1_000;
      await submitAndAccept(s);
      const pass = await runDueJobs(t.deps, [createWebhooksJob({ timeoutMs: 100 })], { force: true });
      expect(pass.failed).toEqual([]);
      const [delivery] = (await deliveriesOf(s.token, `?subscriptionId=${created.id}`)).deliveries;
      expect(delivery).toMatchObject({ status: 'pending', attempts: 1, lastStatus: null });
      expect(delivery?.lastError).toMatch(/TimeoutError/);
    });

    it('lets only admins manage webhooks, each within their region, and changes nothing on bad input', async () => {
      const s = await buildIntakeScene(t);
      const other = await buildIntakeScene(t);
      const mine = await subscribe(s.token, {});
      const valid = { name: '水务公司', url: 'https://water.example.cn/hooks', eventTypes: ['case.delivered'] };
      expect((await post('/api/v1/webhooks', s.clerk.token, valid)).statusCode).toBe(403);
      expect((await get('/api/v1/webhooks', s.supervisor.token)).statusCode).toBe(403);
      expect((await get('/api/v1/webhooks/deliveries?status=dead', s.clerk.token)).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/webhooks' })).statusCode).toBe(401);

      for (const url of ['ftp://water.example.cn/hooks', 'not a url', 'http://user:pw@water.example.cn/', 'javascript:alert(1)']) {
        const bad = await post('/api/v1/webhooks', s.token, { ...valid, url });
        expect([bad.statusCode, bad.json().error.fields], url).toEqual([400, [{ field: 'url', message: '应为 http 或 https 地址，且不含用户名和密码' }]]);
      }
      const badType = await post('/api/v1/webhooks', s.token, { ...valid, eventTypes: ['case.delivered', 'case.exploded'] });
      expect([badType.statusCode, badType.json().error.fields[0].field]).toEqual([400, 'eventTypes[1]']);
      const badItem = await post('/api/v1/webhooks', s.token, { ...valid, itemCodes: ['NO-SUCH-ITEM'] });
      expect([badItem.statusCode, badItem.json().error.fields[0].field]).toEqual([400, 'itemCodes[0]']);
      expect((await post('/api/v1/webhooks', s.token, { ...valid, regionCode: other.city })).statusCode).toBe(403);
      const badPatch = await patch(`/api/v1/webhooks/${mine.id}`, s.token, { name: '改名', url: 'file:///etc/passwd' });
      expect(badPatch.statusCode).toBe(400);
      const listed = (await get('/api/v1/webhooks', s.token)).json() as { webhooks: { id: string; name: string }[] };
      expect(listed.webhooks.map((w) => [w.id, w.name])).toEqual([[mine.id, '水务公司']]);

      // Another region's admin learns nothing about it.
      expect((await get(`/api/v1/webhooks/${mine.id}`, other.token)).statusCode).toBe(404);
      expect((await patch(`/api/v1/webhooks/${mine.id}`, other.token, { active: false })).statusCode).toBe(404);
      expect((await post(`/api/v1/webhooks/${mine.id}/rotate-secret`, other.token)).statusCode).toBe(404);
      expect((await get('/api/v1/webhooks', other.token)).json().webhooks).toEqual([]);

      const renamed = await patch(`/api/v1/webhooks/${mine.id}`, s.token, { name: '自来水公司', itemCodes: [s.itemCode] });
      expect(renamed.json()).toMatchObject({ name: '自来水公司', itemCodes: [s.itemCode], url: receiver.url() });
      const audit = await t.deps.store.db.selectFrom('audit_events').select(['action', 'summary']).where('entity', '=', 'webhook').where('entity_id', '=', mine.id).orderBy('seq').execute();
      expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
      expect(audit.map((a) => a.summary).join()).not.toContain(mine.secret);
      expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/webhooks/${mine.id}`, headers: bearer(s.token) })).statusCode).toBe(204);
      expect((await get(`/api/v1/webhooks/${mine.id}`, s.token)).statusCode).toBe(404);
    });

    it('sends each delivery once when two job runners run at the same moment', async () => {
      const s = await buildIntakeScene(t);
      await subscribe(s.token, { eventTypes: ['case.accepted'] });
      for (let i = 0; i < 3; i += 1) await submitAndAccept(s);
      receiver.state.delayMs = 50;
      // A second connection to the same database stands in for a second server process.
      const other = createDatabase(t.dbUrl);
      try {
        const job = createWebhooksJob();
        await Promise.all([runDueJobs(t.deps, [job], { force: true }), runDueJobs({ ...t.deps, store: other }, [job], { force: true })]);
        expect(receiver.state.received).toHaveLength(3);
        // Below the job's lease, the rows' own claims keep two senders apart.
        for (let i = 0; i < 3; i += 1) await submitAndAccept(s);
        const now = t.clock.now();
        await Promise.all([dispatchWebhooks(t.deps, now), dispatchWebhooks({ ...t.deps, store: other }, now)]);
      } finally {
        await other.close();
      }
      const ids = receiver.state.received.map((r) => r.headers['tongban-delivery']);
      expect(ids).toHaveLength(6);
      expect(new Set(ids).size).toBe(6);
    });

    it('sends nothing for a case change that rolls back', async () => {
      const s = await buildIntakeScene(t);
      await subscribe(s.token, { eventTypes: ['*'] });
      const caseId = await submitAndAccept(s);
      await expect(changeCase(systemCtx(), caseId, 'suspend', 'system', (current) => ({
        next: current, also: async () => { throw new Error('the change failed'); },
      }))).rejects.toThrow('the change failed');
      await tick(s.token);
      expect(receiver.state.received.map((r) => r.headers['tongban-event']).sort()).toEqual(['case.accepted', 'case.submitted']);
    });

    it('signs with the old secret beside a rotated one for a day, then with the new one alone', async () => {
      const s = await buildIntakeScene(t);
      const created = await subscribe(s.token, { eventTypes: ['case.submitted'] });
      const rotated = await post(`/api/v1/webhooks/${created.id}/rotate-secret`, s.token);
      expect(rotated.statusCode).toBe(200);
      const { secret, previousSecretValidUntil } = rotated.json() as { secret: string; previousSecretValidUntil: string };
      expect(secret).not.toBe(created.secret);
      expect(Date.parse(previousSecretValidUntil) - t.clock.now().getTime()).toBe(minutes(24 * 60));
      await post('/api/v1/cases', s.applicant.token, application(s.itemCode));
      await tick(s.token);
      const [during] = receiver.state.received as [Received];
      expect(String(during.headers['tongban-signature']).split(',')).toHaveLength(2);
      expect([signatureOk(secret, during, 0), signatureOk(created.secret, during, 1)]).toEqual([true, true]);

      await tick(s.token, minutes(24 * 60));
      await post('/api/v1/cases', s.applicant.token, application(s.itemCode));
      await tick(s.token);
      const after = receiver.state.received[1]!;
      expect(String(after.headers['tongban-signature']).split(',')).toHaveLength(1);
      expect(signatureOk(secret, after)).toBe(true);
      const audit = await t.deps.store.db.selectFrom('audit_events').select('summary').where('entity', '=', 'webhook').where('entity_id', '=', created.id).execute();
      expect(audit.map((a) => a.summary).join()).not.toContain(secret);
    });

    it('runs the example water-transfer subscriber: a delivered real-estate transfer opens a water-account transfer', async () => {
      const s = await buildIntakeScene(t);
      const lines: string[] = [];
      const subscription = await subscribe(s.token, { eventTypes: ['case.delivered'] });
      const example = createWaterTransferSubscriber({
        secret: subscription.secret, realEstateItems: [s.itemCode],
        now: () => Math.floor(t.clock.now().getTime() / 1000), log: (line) => lines.push(line),
      });
      await new Promise<void>((resolve) => example.listen(0, '127.0.0.1', resolve));
      try {
        const url = `http://127.0.0.1:${(example.address() as AddressInfo).port}/`;
        expect((await patch(`/api/v1/webhooks/${subscription.id}`, s.token, { url })).statusCode).toBe(200);
        const caseId = await submitAndAccept(s);
        const ctx = systemCtx();
        await changeCase(ctx, caseId, 'conclude', 'system', (current, _calendar, now) => ({ next: { ...current, result: 'granted', concludedAt: now } }));
        const deliveredAt = formatInstant(t.clock.now().toISOString());
        await changeCase(ctx, caseId, 'deliver', 'system', (current) => ({ next: current }));
        await tick(s.token);
        const { caseNo } = (await get(`/api/v1/cases/${caseId}`, s.clerk.token)).json() as { caseNo: string };
        expect(lines).toEqual([`water-account transfer opened for case ${caseNo} (食品经营许可), delivered ${deliveredAt}`]);
        expect((await deliveriesOf(s.token, `?subscriptionId=${subscription.id}`)).deliveries[0]).toMatchObject({ status: 'delivered', lastStatus: 200 });

        // What the example refuses: a forged signature, and a genuine request replayed after five minutes.
        const timestamp = Math.floor(t.clock.now().getTime() / 1000);
        const body = '{"type":"case.delivered"}';
        const sign = (at: number) => createHmac('sha256', subscription.secret).update(`${at}.${body}`).digest('hex');
        const send = (at: number, signature: string) => fetch(url, { method: 'POST', body, headers: { 'tongban-timestamp': String(at), 'tongban-signature': `v1=${signature}`, 'tongban-delivery': 'x' } });
        expect((await send(timestamp, sign(timestamp).replace(/^./, (c) => (c === '0' ? '1' : '0')))).status).toBe(401);
        expect((await send(timestamp - 301, sign(timestamp - 301))).status).toBe(401);
        expect(lines.slice(1)).toEqual(['refused a request: bad signature', 'refused a request: stale timestamp']);
      } finally {
        await new Promise<void>((resolve) => { example.closeAllConnections(); example.close(() => resolve()); });
      }
    });
  });
}
