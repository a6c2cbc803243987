import { afterAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/dialects.js';
import { crash, freePort, spawnServer } from '../support/spawn-server.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const SUBMISSIONS = 50;

async function api(base: string, path: string, token: string | null, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() as Record<string, unknown> };
}

const login = async (base: string, username: string) =>
  (await api(base, '/api/v1/auth/login', null, { username, password: 'demo-Passw0rd' })).body.token as string;

/** An item the demo's market bureau can handle, with a one-field form. */
async function publishItem(base: string, admin: string): Promise<string> {
  const departments = (await api(base, '/api/v1/departments', admin)).body.departments as { id: string; name: string }[];
  const bureau = departments.find((d) => d.name === '南昌市市场监督管理局')?.id;
  const division = departments.find((d) => d.name === '登记注册处')?.id;
  const code = 'CRASH-TEST-01';
  await api(base, '/api/v1/items', admin, {
    code, name: '崩溃测试事项', type: '01', departmentId: bureau, statutoryDays: 20, promisedDays: 10,
    materials: [{ code: 'id', name: '身份证明', required: true, deferrable: false }], form: [{ key: 'note', label: '说明', type: 'text' }],
    steps: [
      { key: 'review', name: '审查', kind: 'review', departmentId: division, role: 'handler', workdays: 5 },
      { key: 'decide', name: '决定', kind: 'decide', departmentId: bureau, role: 'approver', workdays: 2 },
    ],
  });
  const published = await api(base, `/api/v1/items/${code}/publish`, admin, {});
  if (published.status !== 200) throw new Error(JSON.stringify(published.body));
  return code;
}

for (const dialect of DIALECTS) {
  describe(`a crash loses nothing acknowledged and a retry duplicates nothing [${dialect}]`, () => {
    let database: TestDatabase;
    afterAll(async () => { await database?.drop(); });

    it(`kills the server while ${SUBMISSIONS} submissions are in flight`, async () => {
      database = await createTestDatabase(dialect);
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      let server = await spawnServer(database.url, port, ['--seed', 'demo']);
      const itemCode = await publishItem(base, await login(base, 'admin'));
      const token = await login(base, 'zhangsan');
      const body = { itemCode, form: { note: '崩溃测试' }, materials: [{ code: 'id' }] };
      const keys = Array.from({ length: SUBMISSIONS }, (_, i) => `crash-${i}`);

      const acknowledged = new Map<string, string>();
      let answered = 0;
      let killing: Promise<void> | null = null;
      await Promise.allSettled(keys.map(async (key) => {
        const answer = await api(base, '/api/v1/cases', token, body, { 'idempotency-key': key });
        if (answer.status === 201) acknowledged.set(key, answer.body.id as string);
        answered += 1;
        // Pull the plug once a few have been answered, with the rest still on the wire.
        if (answered === 5) killing = crash(server);
      }));
      await (killing ?? crash(server));
      expect(acknowledged.size).toBeGreaterThanOrEqual(5);
      // The crash came with submissions unanswered, or this test proved nothing.
      expect(acknowledged.size).toBeLessThan(SUBMISSIONS);
      console.log(`[${dialect}] acknowledged before the crash: ${acknowledged.size} of ${SUBMISSIONS}`);

      server = await spawnServer(database.url, port);
      try {
        const retryToken = await login(base, 'zhangsan');
        for (const key of keys) {
          const answer = await api(base, '/api/v1/cases', retryToken, body, { 'idempotency-key': key });
          expect([200, 201]).toContain(answer.status);
          // An acknowledged submission comes back as the same case, never a second one.
          if (acknowledged.has(key)) expect({ key, id: answer.body.id, status: answer.status }).toEqual({ key, id: acknowledged.get(key), status: 200 });
        }
        const mine = await api(base, '/api/v1/cases?limit=200', retryToken);
        expect(mine.body.total).toBe(SUBMISSIONS);
        const ids = (mine.body.cases as { id: string }[]).map((c) => c.id);
        for (const id of acknowledged.values()) expect(ids).toContain(id);
      } finally {
        await crash(server);
      }
    });
  });
}
