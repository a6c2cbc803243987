import type { Staffing } from '../publish-checks.js';
import { normalizeItem, type ItemContent } from '../types.js';
import type { ItemInput } from '../item-schema.js';

/** A publishable item for unit tests: statutory 20, promised 10, review 6 + decide 3, department `d1`. */
export function sampleItem(overrides: Partial<ItemInput> = {}): ItemContent {
  return normalizeItem({
    code: 'T-001', name: '食品经营许可', type: '01', departmentId: 'd1',
    materials: [
      { code: 'M01', name: '申请书', required: true, deferrable: false },
      { code: 'M02', name: '营业执照', required: true, deferrable: true },
    ],
    form: [{ key: 'shopName', label: '经营者名称', type: 'text', required: true }],
    steps: [
      { key: 'review', name: '审查', kind: 'review', departmentId: 'd1', role: 'handler', workdays: 6 },
      { key: 'decide', name: '决定', kind: 'decide', departmentId: 'd1', role: 'approver', workdays: 3 },
    ],
    statutoryDays: 20, promisedDays: 10,
    ...overrides,
  });
}

/** Staffing where every (department, role) is staffed except those listed as `department:role`. */
export function staffingExcept(...missing: string[]): Staffing {
  return {
    isStaffed: (departmentId, role) => !missing.includes(`${departmentId}:${role}`),
    departmentName: (id) => `部门${id}`,
  };
}
