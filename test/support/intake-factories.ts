import { bearer, buildAdminScene, buildDepartment, buildStaff, signIn } from './factories.js';
import type { TestApp } from './build-app.js';

let applicantCounter = 0;
// Valid GB 11643 numbers (check digits computed), one per applicant a test file registers.
const ID_NUMBERS = ['11010519491231002X', '11010219840406970X', '360102199003071236', '360121198511152045'];

/** Registers an applicant through the API and signs them in. */
export async function buildApplicant(t: TestApp): Promise<{ id: string; username: string; token: string }> {
  applicantCounter += 1;
  const username = `applicant${applicantCounter}`;
  const response = await t.app.inject({
    method: 'POST', url: '/api/v1/applicants',
    payload: { type: 'person', username, password: 'abc12345x', name: '张三', idNumber: ID_NUMBERS[applicantCounter % ID_NUMBERS.length], phone: '13812341234' },
  });
  if (response.statusCode !== 201) throw new Error(`applicant registration failed: ${response.body}`);
  return { id: response.json().id, username, token: await signIn(t, username, 'abc12345x') };
}

/** Item content overrides for a test. */
export interface ItemOverrides {
  readonly promisedDays?: number;
  readonly statutoryDays?: number;
  readonly correctionDays?: number;
  readonly steps?: 'none' | 'default';
  readonly commitmentAllowed?: boolean;
  readonly licenseName?: string;
  readonly licenseValidYears?: number;
}

/**
 * A city with an implementing bureau (handler, approver), a service hall with a clerk, a published item
 * (materials: id (required), plan (required, deferrable), photo (optional); a form with name and phone),
 * an approver/supervisor, and a registered applicant.
 */
export async function buildIntakeScene(t: TestApp, overrides: ItemOverrides = {}) {
  const scene = await buildAdminScene(t);
  const hall = await buildDepartment(t, scene.city, { name: '政务服务大厅', kind: 'hall', parent: scene.bureau });
  const clerk = await buildStaff(t, hall, ['clerk']);
  const handler = await buildStaff(t, scene.bureau, ['handler']);
  const approver = await buildStaff(t, scene.bureau, ['approver']);
  const supervisor = await buildStaff(t, scene.bureau, ['supervisor']);
  const code = `ITEM${t.deps.newId().slice(0, 8).toUpperCase()}`;
  const promisedDays = overrides.promisedDays ?? 10;
  const item = {
    code, name: '食品经营许可', type: '01', departmentId: scene.bureau.id,
    statutoryDays: overrides.statutoryDays ?? 20, promisedDays, correctionDays: overrides.correctionDays ?? 20,
    commitmentAllowed: overrides.commitmentAllowed ?? false,
    ...(overrides.licenseName && { licenseName: overrides.licenseName }),
    ...(overrides.licenseValidYears && { licenseValidYears: overrides.licenseValidYears }),
    materials: [
      { code: 'id', name: '身份证明', required: true, deferrable: false },
      { code: 'plan', name: '经营场所平面图', required: true, deferrable: true },
      { code: 'photo', name: '场所照片', required: false, deferrable: false },
    ],
    form: [
      { key: 'shopName', label: '店铺名称', type: 'text', required: true },
      { key: 'phone', label: '联系电话', type: 'phone', required: true },
    ],
    steps: overrides.steps === 'none' || promisedDays === 0 ? [] : [
      { key: 'review', name: '审查', kind: 'review', departmentId: scene.bureau.id, role: 'handler', workdays: Math.max(1, Math.floor(promisedDays / 2)) },
      { key: 'decide', name: '决定', kind: 'decide', departmentId: scene.bureau.id, role: 'approver', workdays: 1 },
    ],
  };
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/items', headers: bearer(scene.token), payload: item });
  if (created.statusCode !== 201) throw new Error(`item creation failed: ${created.body}`);
  const published = await t.app.inject({ method: 'POST', url: `/api/v1/items/${code}/publish`, headers: bearer(scene.token) });
  if (published.statusCode !== 200) throw new Error(`item publish failed: ${published.body}`);
  const applicant = await buildApplicant(t);
  return {
    ...scene, hall, itemCode: code, applicant,
    clerk: { ...clerk, token: await signIn(t, clerk.username) },
    handler: { ...handler, token: await signIn(t, handler.username) },
    approver: { ...approver, token: await signIn(t, approver.username) },
    supervisor: { ...supervisor, token: await signIn(t, supervisor.username) },
  };
}

/** A valid application for the scene's item, with the optional photo left out. */
export function application(itemCode: string, materials: { code: string; fileId?: string }[] = [{ code: 'id' }, { code: 'plan' }]) {
  return { itemCode, form: { shopName: '红谷滩小吃店', phone: '13912345678' }, materials };
}
