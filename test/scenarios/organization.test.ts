import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildAdminScene, buildDepartment, buildStaff, signIn } from '../support/factories.js';

for (const dialect of DIALECTS) {
  describe(`organization: regions, departments, users [${dialect}]`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await buildTestApp(dialect); });
    afterAll(async () => { await t.close(); });

    const post = (url: string, token: string, payload: object) => t.app.inject({ method: 'POST', url, headers: bearer(token), payload });
    const patch = (url: string, token: string, payload: object) => t.app.inject({ method: 'PATCH', url, headers: bearer(token), payload });
    const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });

    it('lets an admin add a county under their city and a department in it, and lists both', async () => {
      const { city, token } = await buildAdminScene(t);
      const county = `${city.slice(0, 4)}21`;
      const region = await post('/api/v1/regions', token, { code: county, name: '测试县', parentCode: city });
      expect(region.statusCode).toBe(201);
      expect(region.json()).toEqual({ code: county, name: '测试县', level: 'county', parentCode: city });
      const department = await post('/api/v1/departments', token, { name: '县行政审批局', regionCode: county });
      expect(department.statusCode).toBe(201);
      const regions = (await get('/api/v1/regions', token)).json().regions.map((r: { code: string }) => r.code);
      expect(regions).toEqual(expect.arrayContaining([city, county]));
      const departments = (await get(`/api/v1/departments?regionCode=${county}`, token)).json().departments;
      expect(departments).toEqual([expect.objectContaining({ id: department.json().id, name: '县行政审批局', kind: 'bureau', parentId: null })]);
    });

    it('creates a user in a department and lists it; the new user can sign in', async () => {
      const { bureau, token } = await buildAdminScene(t);
      const division = await post('/api/v1/departments', token, { name: '登记注册处', regionCode: bureau.regionCode, parentId: bureau.id, kind: 'division' });
      expect(division.statusCode).toBe(201);
      const user = await post('/api/v1/users', token, { username: 'newhandler', password: 'Handler123', name: '新承办', departmentId: division.json().id, roles: ['handler'] });
      expect(user.statusCode).toBe(201);
      const listed = (await get(`/api/v1/users?departmentId=${division.json().id}`, token)).json();
      expect(listed.total).toBe(1);
      expect(listed.users[0]).toMatchObject({ username: 'newhandler', roles: ['handler'], active: true, backupUserId: null, absence: null });
      await signIn(t, 'newhandler', 'Handler123');
    });

    it('sets a backup user (AB岗) and an absence period, and clears them', async () => {
      const { bureau, token } = await buildAdminScene(t);
      const a = await buildStaff(t, bureau, ['handler']);
      const b = await buildStaff(t, bureau, ['handler']);
      const set = await patch(`/api/v1/users/${a.id}`, token, { backupUserId: b.id, absence: { from: '2026-03-02', to: '2026-03-06' } });
      expect(set.statusCode).toBe(200);
      expect(set.json()).toMatchObject({ backupUserId: b.id, absence: { from: '2026-03-02', to: '2026-03-06' } });
      const cleared = await patch(`/api/v1/users/${a.id}`, token, { absence: null });
      expect(cleared.json()).toMatchObject({ backupUserId: b.id, absence: null });
    });

    it('refuses a backup from another department, a backup of oneself and an absence ending before it starts', async () => {
      const { bureau, city, token } = await buildAdminScene(t);
      const other = await buildDepartment(t, city);
      const a = await buildStaff(t, bureau, ['handler']);
      const outsider = await buildStaff(t, other, ['handler']);
      const wrong = await patch(`/api/v1/users/${a.id}`, token, { backupUserId: outsider.id, absence: { from: '2026-03-06', to: '2026-03-02' } });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['absence.to', 'backupUserId']);
      const self = await patch(`/api/v1/users/${a.id}`, token, { backupUserId: a.id });
      expect(self.json().error.fields[0].field).toBe('backupUserId');
      const unchanged = (await get(`/api/v1/users?departmentId=${bureau.id}`, token)).json().users.find((u: { id: string }) => u.id === a.id);
      expect(unchanged).toMatchObject({ backupUserId: null, absence: null });
    });

    it('forbids non-admins from changing the organization (403) and anonymous callers (401)', async () => {
      const { bureau } = await buildAdminScene(t);
      const clerk = await buildStaff(t, bureau, ['clerk']);
      const token = await signIn(t, clerk.username);
      expect((await post('/api/v1/departments', token, { name: 'x', regionCode: bureau.regionCode })).statusCode).toBe(403);
      expect((await post('/api/v1/users', token, { username: 'zz1', password: 'Abcdefg12', name: 'z', departmentId: bureau.id, roles: ['admin'] })).statusCode).toBe(403);
      expect((await patch(`/api/v1/users/${clerk.id}`, token, { roles: ['admin'] })).statusCode).toBe(403);
      expect((await get('/api/v1/users', token)).statusCode).toBe(403);
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/departments' })).statusCode).toBe(401);
    });

    it("keeps an admin inside their own city: another city's departments and users are out of reach", async () => {
      const mine = await buildAdminScene(t);
      const theirs = await buildAdminScene(t);
      const theirUser = await buildStaff(t, theirs.bureau, ['handler']);
      const listed = (await get('/api/v1/departments', mine.token)).json().departments.map((d: { id: string }) => d.id);
      expect(listed).toContain(mine.bureau.id);
      expect(listed).not.toContain(theirs.bureau.id);
      expect((await get('/api/v1/users', mine.token)).json().users.map((u: { id: string }) => u.id)).not.toContain(theirUser.id);
      expect((await patch(`/api/v1/users/${theirUser.id}`, mine.token, { name: '改名' })).statusCode).toBe(403);
      expect((await patch(`/api/v1/departments/${theirs.bureau.id}`, mine.token, { name: '改名' })).statusCode).toBe(403);
      expect((await post('/api/v1/departments', mine.token, { name: '越权', regionCode: theirs.city })).statusCode).toBe(403);
    });

    it('shows a clerk only their own department subtree', async () => {
      const { bureau, city } = await buildAdminScene(t);
      const sibling = await buildDepartment(t, city);
      const clerk = await buildStaff(t, bureau, ['clerk']);
      const ids = (await get('/api/v1/departments', await signIn(t, clerk.username))).json().departments.map((d: { id: string }) => d.id);
      expect(ids).toEqual([bureau.id]);
      expect(ids).not.toContain(sibling.id);
    });

    it('rejects bad input on every organization route field by field and stores nothing', async () => {
      const { bureau, city, token } = await buildAdminScene(t);
      const count = async (table: 'regions' | 'departments' | 'users') =>
        Number((await t.deps.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const before = [await count('regions'), await count('departments'), await count('users')];
      const badRegion = await post('/api/v1/regions', token, { code: '12', name: '', extra: 1 });
      expect(badRegion.statusCode).toBe(400);
      expect(badRegion.json().error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['code', 'extra', 'name']);
      const badDept = await post('/api/v1/departments', token, { name: '某局', regionCode: city, kind: 'ministry' });
      expect(badDept.json().error.fields).toEqual([expect.objectContaining({ field: 'kind' })]);
      const missingParent = await post('/api/v1/departments', token, { name: '某局', regionCode: city, parentId: 'nope' });
      expect(missingParent.json().error.fields).toEqual([expect.objectContaining({ field: 'parentId' })]);
      const badUser = await post('/api/v1/users', token, { username: 'a b', password: 'weakweak', name: 'x', departmentId: bureau.id, roles: ['king'] });
      expect(badUser.statusCode).toBe(400);
      expect(badUser.json().error.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['username', 'roles[0]']));
      const weak = await post('/api/v1/users', token, { username: 'okname', password: 'weakweak', name: 'x', departmentId: bureau.id, roles: ['clerk'] });
      expect(weak.json().error.fields).toEqual([expect.objectContaining({ field: 'password' })]);
      const outOfTree = await post('/api/v1/regions', token, { code: '440100', name: '广州市', parentCode: city });
      expect(outOfTree.json().error.fields).toEqual([expect.objectContaining({ field: 'parentCode' })]);
      expect([await count('regions'), await count('departments'), await count('users')]).toEqual(before);
    });

    it('refuses to move a department under its own descendant', async () => {
      const { bureau, token } = await buildAdminScene(t);
      const child = await buildDepartment(t, bureau.regionCode, { parent: bureau, kind: 'division' });
      const response = await patch(`/api/v1/departments/${bureau.id}`, token, { parentId: child.id });
      expect(response.statusCode).toBe(422);
      expect(response.json().error.code).toBe('org.department_cycle');
    });

    it('moving a department carries its subtree along', async () => {
      const { bureau, city, token } = await buildAdminScene(t);
      const other = await buildDepartment(t, city);
      const child = await buildDepartment(t, city, { parent: bureau, kind: 'division' });
      const grandchild = await buildDepartment(t, city, { parent: child, kind: 'window' });
      expect((await patch(`/api/v1/departments/${child.id}`, token, { parentId: other.id })).statusCode).toBe(200);
      const row = await t.deps.store.db.selectFrom('departments').select('path').where('id', '=', grandchild.id).executeTakeFirstOrThrow();
      expect(row.path).toBe(`${other.path}${child.id}/${grandchild.id}/`);
    });
  });
}
