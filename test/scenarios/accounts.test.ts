import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildAdminScene, buildStaff, signIn, TEST_PASSWORD } from '../support/factories.js';

const countUsers = async (t: TestApp) =>
  Number((await t.deps.store.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

for (const dialect of DIALECTS) {
  describe(`accounts and sessions [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect); });
    afterAll(async () => { await t.close(); });

    it('signs in with the right password and answers /auth/me by bearer token and by cookie', async () => {
      const { admin } = await buildAdminScene(t);
      const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: admin.username, password: TEST_PASSWORD } });
      expect(login.statusCode).toBe(200);
      const body = login.json();
      expect(body.user).toMatchObject({ id: admin.id, username: admin.username, roles: ['admin'], kind: 'staff' });
      const cookie = login.cookies.find((c) => c.name === 'tongban_session');
      expect(cookie?.httpOnly).toBe(true);
      const byBearer = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(body.token) });
      expect(byBearer.json().user.username).toBe(admin.username);
      const byCookie = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { tongban_session: cookie?.value ?? '' } });
      expect(byCookie.statusCode).toBe(200);
    });

    it('answers 401 without a session and after logout', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
      const { token } = await buildAdminScene(t);
      const logout = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: bearer(token) });
      expect(logout.statusCode).toBe(204);
      const after = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(token) });
      expect(after.statusCode).toBe(401);
      expect(after.json().error.code).toBe('auth.required');
    });

    it('expires a session after its lifetime', async () => {
      const { token } = await buildAdminScene(t);
      t.clock.set(new Date(t.clock.now().getTime() + 13 * 3_600_000));
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(token) })).statusCode).toBe(401);
    });

    it('locks the account after 5 failures and refuses even the right password for 15 minutes', async () => {
      const { bureau } = await buildAdminScene(t);
      const clerk = await buildStaff(t, bureau, ['clerk']);
      const attempt = (password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: clerk.username, password } });
      for (let i = 0; i < 4; i += 1) expect((await attempt('wrong-Passw0rd')).statusCode).toBe(401);
      const fifth = await attempt('wrong-Passw0rd');
      expect(fifth.statusCode).toBe(423);
      expect(fifth.json().error.code).toBe('auth.locked');
      expect((await attempt(TEST_PASSWORD)).statusCode).toBe(423);
      t.clock.set(new Date(t.clock.now().getTime() + 16 * 60_000));
      expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
    });

    it('gives the same answer for an unknown user as for a wrong password', async () => {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'nobody-here', password: 'x' } });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('auth.invalid_credentials');
    });

    it('stores passwords hashed with scrypt, never in clear', async () => {
      const row = await t.deps.store.db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(row.password_hash).not.toContain(TEST_PASSWORD);
    });

    it('registers a person with a valid ID number and lets them sign in', async () => {
      const response = await t.app.inject({
        method: 'POST', url: '/api/v1/applicants',
        payload: { type: 'person', username: 'lisi', password: 'abc12345x', name: '李四', idNumber: '11010519491231002X', phone: '13812341234' },
      });
      expect(response.statusCode).toBe(201);
      const token = await signIn(t, 'lisi', 'abc12345x');
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(token) });
      expect(me.json().user).toMatchObject({ kind: 'applicant', roles: [] });
    });

    it('registers an organization with a valid unified social credit code', async () => {
      const response = await t.app.inject({
        method: 'POST', url: '/api/v1/applicants',
        payload: { type: 'organization', username: 'hongdu-co', password: 'abc12345x', name: '红都科技', creditCode: '91360100MA35F2XK16', phone: '13907910000' },
      });
      expect(response.statusCode).toBe(201);
    });

    it('rejects a bad ID number, weak password and bad phone field by field, in Chinese and English, storing nothing', async () => {
      const before = await countUsers(t);
      const payload = { type: 'person', username: 'wangwu', password: 'short', name: '王五', idNumber: '110105194912310021', phone: '12345' };
      const zh = await t.app.inject({ method: 'POST', url: '/api/v1/applicants', payload });
      expect(zh.statusCode).toBe(400);
      const fields = zh.json().error.fields.map((f: { field: string }) => f.field).sort();
      expect(fields).toEqual(['idNumber', 'password', 'phone']);
      expect(zh.json().error.fields.find((f: { field: string }) => f.field === 'idNumber').message).toContain('公民身份号码');
      const en = await t.app.inject({ method: 'POST', url: '/api/v1/applicants', payload, headers: { 'accept-language': 'en' } });
      expect(en.json().error.fields.find((f: { field: string }) => f.field === 'idNumber').message).toContain('resident ID number');
      expect(await countUsers(t)).toBe(before);
    });

    it('rejects an invalid credit code', async () => {
      const response = await t.app.inject({
        method: 'POST', url: '/api/v1/applicants',
        payload: { type: 'organization', username: 'badco', password: 'abc12345x', name: '某公司', creditCode: '91360100MA35F2XK17', phone: '13907910000' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual([expect.objectContaining({ field: 'creditCode' })]);
    });

    it('refuses a taken username (case-insensitively)', async () => {
      const response = await t.app.inject({
        method: 'POST', url: '/api/v1/applicants',
        payload: { type: 'person', username: 'LiSi', password: 'abc12345x', name: '李四', idNumber: '11010519491231002X', phone: '13812341234' },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('account.username_taken');
    });
  });
}

for (const dialect of DIALECTS) {
  describe(`applicant profiles: own records only [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect); });
    afterAll(async () => { await t.close(); });

    const register = async (username: string, idNumber: string) => {
      const response = await t.app.inject({
        method: 'POST', url: '/api/v1/applicants',
        payload: { type: 'person', username, password: 'abc12345x', name: '赵六', idNumber, phone: '13812341234' },
      });
      return { id: response.json().id as string, token: await signIn(t, username, 'abc12345x') };
    };

    it("shows applicants their own profile in full and answers 404 for another applicant's", async () => {
      const mine = await register('owner1', '11010519491231002X');
      const other = await register('other1', '11010219840406970X');
      const own = await t.app.inject({ method: 'GET', url: `/api/v1/applicants/${mine.id}`, headers: bearer(mine.token) });
      expect(own.json()).toMatchObject({ id: mine.id, idNumber: '11010519491231002X', phone: '13812341234' });
      const foreign = await t.app.inject({ method: 'GET', url: `/api/v1/applicants/${other.id}`, headers: bearer(mine.token) });
      expect(foreign.statusCode).toBe(404);
      const missing = await t.app.inject({ method: 'GET', url: '/api/v1/applicants/no-such-id', headers: bearer(mine.token) });
      expect(missing.statusCode).toBe(404);
      expect(foreign.json()).toEqual(missing.json());
    });

    it('shows a clerk the profile with identifiers masked, and refuses a handler', async () => {
      const person = await register('owner2', '11010519491231002X');
      const { bureau } = await buildAdminScene(t);
      const clerk = await signIn(t, (await buildStaff(t, bureau, ['clerk'])).username);
      const handler = await signIn(t, (await buildStaff(t, bureau, ['handler'])).username);
      const seen = await t.app.inject({ method: 'GET', url: `/api/v1/applicants/${person.id}`, headers: bearer(clerk) });
      expect(seen.json()).toMatchObject({ idNumber: '110105********002X', phone: '138****1234' });
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/applicants/${person.id}`, headers: bearer(handler) })).statusCode).toBe(403);
    });
  });
}

describe('field errors name every bad field at once', () => {
  it('reports schema and identity checks together, and lists every allowed role', async () => {
    const t = await buildTestApp('sqlite');
    try {
      const response = await t.app.inject({
        method: 'POST', url: '/api/v1/applicants',
        payload: { type: 'person', username: 'ab', password: 'abc', name: '', idNumber: '110105194912310021', phone: '123' },
      });
      expect(response.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['idNumber', 'name', 'password', 'phone', 'username']);
      const { bureau, token } = await buildAdminScene(t);
      const user = await t.app.inject({
        method: 'POST', url: '/api/v1/users', headers: bearer(token),
        payload: { username: 'okname', password: 'abc', name: '', departmentId: bureau.id, roles: ['king'] },
      });
      const fields = user.json().error.fields as { field: string; message: string }[];
      expect(fields.map((f) => f.field).sort()).toEqual(['name', 'password', 'roles[0]']);
      expect(fields.find((f) => f.field === 'roles[0]')?.message).toContain('admin, clerk, handler, approver, supervisor, analyst');
    } finally {
      await t.close();
    }
  });
});
