import type { ItemInput, ItemVersion } from '../../src/core/catalog/index.js';
import { normalizeItem } from '../../src/core/catalog/index.js';
import type { Department } from '../../src/core/organization/types.js';
import { inTransaction, type Ctx } from '../../src/services/context.js';
import { addItem, publishDraft } from '../../src/services/catalog/item-store.js';
import { findItem } from '../../src/store/repositories/item-repository.js';
import type { TestApp } from './build-app.js';
import { buildStaff } from './factories.js';

let itemCounter = 0;

/** A fresh item code, so tests never collide. */
export function newItemCode(prefix = 'T'): string {
  itemCounter += 1;
  return `${prefix}${Date.now().toString(36)}${String(itemCounter).padStart(4, '0')}`;
}

/**
 * A complete, publishable item body for a department: 食品经营许可-like, statutory 20 and promised
 * 10 workdays, a review (handler, 6 days) and a decision (approver, 3 days).
 */
export function itemInput(department: Department, overrides: Partial<ItemInput> = {}): ItemInput {
  return {
    code: newItemCode(),
    name: '食品经营许可（测试）',
    type: '01',
    departmentId: department.id,
    keywords: ['食品', '餐饮'],
    conditions: ['具有与经营的食品品种、数量相适应的经营场所'],
    legalBasis: [{ law: '《中华人民共和国食品安全法》', article: '第三十五条', clause: '第一款' }],
    materials: [
      { code: 'M01', name: '食品经营许可申请书', required: true, deferrable: false, form: 'both', copies: 1 },
      { code: 'M02', name: '营业执照', required: true, deferrable: false, licenseType: '营业执照' },
      { code: 'M03', name: '食品安全管理制度文本', required: true, deferrable: true },
    ],
    form: [
      { key: 'shopName', label: '经营者名称', type: 'text', required: true, maxLength: 60 },
      { key: 'creditCode', label: '统一社会信用代码', type: 'credit_code', required: true },
      { key: 'phone', label: '联系电话', type: 'phone', required: true },
    ],
    steps: [
      { key: 'review', name: '审查', kind: 'review', departmentId: department.id, role: 'handler', workdays: 6 },
      { key: 'decide', name: '决定', kind: 'decide', departmentId: department.id, role: 'approver', workdays: 3 },
    ],
    fees: [],
    statutoryDays: 20,
    promisedDays: 10,
    visits: 1,
    onlineDepth: 3,
    commitmentAllowed: true,
    contactPhone: '0791-12345',
    complaintPhone: '12345',
    hallAddress: '测试市民中心二楼 B 区',
    hallHours: '工作日 9:00-12:00，13:30-17:00',
    ...overrides,
  };
}

/** Makes a department able to work every step of itemInput: one active handler and one approver. */
export async function staffForSteps(t: TestApp, department: Department): Promise<void> {
  await buildStaff(t, department, ['handler']);
  await buildStaff(t, department, ['approver']);
}

/**
 * An item stored straight through the catalog's own writes (no HTTP), published unless
 * `publish: false`; staffs the department first so the publishing checks pass. For later issues' tests.
 */
export async function buildItem(
  t: TestApp, department: Department, overrides: Partial<ItemInput> = {}, options: { publish?: boolean; staff?: boolean } = {},
): Promise<ItemVersion> {
  if (options.staff ?? true) await staffForSteps(t, department);
  const ctx: Ctx = { ...t.deps, actor: null, ip: null };
  const content = normalizeItem(itemInput(department, overrides));
  return inTransaction(ctx, async (trx) => {
    const draft = await addItem(trx, ctx, content, department, { action: 'create' });
    if (options.publish === false) return draft;
    const item = await findItem(trx, draft.code);
    if (!item) throw new Error(`item ${draft.code} vanished`);
    return publishDraft(trx, ctx, item);
  });
}
