import type { StaffRole } from '../../src/core/accounts/roles.js';
import type { Department, DepartmentKind } from '../../src/core/organization/types.js';
import { hashPassword } from '../../src/services/accounts/password-hash.js';
import { insertDepartment } from '../../src/store/repositories/department-repository.js';
import { insertRegion } from '../../src/store/repositories/region-repository.js';
import { insertUser } from '../../src/store/repositories/user-repository.js';
import type { TestApp } from './build-app.js';

export const TEST_PASSWORD = 'test-Passw0rd';
const passwordHash = hashPassword(TEST_PASSWORD);
let cityCounter = 0;
let userCounter = 0;

/** A new city (and its province, once) of its own, so tests never share organization data. */
export async function buildCity(t: TestApp, name = '测试市'): Promise<string> {
  cityCounter += 1;
  const province = '360000';
  const code = `36${String(cityCounter).padStart(2, '0')}00`;
  const now = t.clock.now().toISOString();
  const hasProvince = await t.deps.store.db.selectFrom('regions').select('code').where('code', '=', province).executeTakeFirst();
  if (!hasProvince) await insertRegion(t.deps.store.db, { code: province, name: '江西省', level: 'province', parentCode: null }, now);
  await insertRegion(t.deps.store.db, { code, name: `${name}${cityCounter}`, level: 'city', parentCode: province }, now);
  return code;
}

/** A department under a region (and optionally a parent department). */
export async function buildDepartment(t: TestApp, regionCode: string, options: { name?: string; parent?: Department; kind?: DepartmentKind } = {}): Promise<Department> {
  const id = t.deps.newId();
  const department: Department = {
    id, name: options.name ?? `测试部门-${id.slice(0, 6)}`, regionCode, parentId: options.parent?.id ?? null,
    kind: options.kind ?? 'bureau', path: `${options.parent?.path ?? '/'}${id}/`,
  };
  await insertDepartment(t.deps.store.db, department, t.clock.now().toISOString());
  return department;
}

/** A staff user with roles in a department; returns its id and username. */
export async function buildStaff(t: TestApp, department: Department, roles: StaffRole[]): Promise<{ id: string; username: string }> {
  userCounter += 1;
  const id = t.deps.newId();
  const username = `${roles[0] ?? 'user'}${userCounter}`;
  const now = t.clock.now().toISOString();
  await insertUser(t.deps.store.db, {
    id, username, password_hash: await passwordHash, name: `测试${roles.join('')}${userCounter}`, kind: 'staff',
    department_id: department.id, roles: JSON.stringify(roles), active: 1, backup_user_id: null, absence_from: null,
    absence_to: null, failed_logins: 0, locked_until: null, created_at: now, updated_at: now,
  });
  return { id, username };
}

/** Signs in through the API and returns the bearer token. */
export async function signIn(t: TestApp, username: string, password = TEST_PASSWORD): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
  return (response.json() as { token: string }).token;
}

/** Bearer header for a token. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A city with one bureau and an admin signed in: the common start of organization tests. */
export async function buildAdminScene(t: TestApp) {
  const city = await buildCity(t);
  const bureau = await buildDepartment(t, city, { name: '政务服务数据管理局' });
  const admin = await buildStaff(t, bureau, ['admin']);
  return { city, bureau, admin, token: await signIn(t, admin.username) };
}
