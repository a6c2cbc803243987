import type { StaffRole } from '../../core/accounts/roles.js';
import { fieldMessage } from '../../core/errors.js';
import type { Department } from '../../core/organization/types.js';
import { findItem } from '../../store/repositories/item-repository.js';
import { BUSINESS_ITEMS } from '../catalog/demo-items-business.js';
import type { DemoItem } from '../catalog/demo-items-kit.js';
import { LAND_ITEMS } from '../catalog/demo-items-land.js';
import { PEOPLE_ITEMS } from '../catalog/demo-items-people.js';
import { checkContent } from '../catalog/item-content.js';
import { addItem, publishDraft, publishProblems } from '../catalog/item-store.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction } from '../context.js';

/** The demo catalog: 20 published items over 9 departments of the demo city (issue 4 §6). */
export const DEMO_ITEMS: readonly DemoItem[] = [...BUSINESS_ITEMS, ...LAND_ITEMS, ...PEOPLE_ITEMS];

/**
 * Staff the demo items' steps need beyond the foundation's demo accounts (every step must have
 * someone who can do it before an item is published). Same shape as DEMO_STAFF: add them there.
 */
export const DEMO_CATALOG_STAFF: readonly { username: string; name: string; department: string; roles: readonly StaffRole[] }[] = [
  { username: 'housing-handler', name: '黄承办', department: 'housing', roles: ['handler'] },
  { username: 'housing-approver', name: '林审批', department: 'housing', roles: ['approver'] },
  { username: 'env-handler', name: '何承办', department: 'environment', roles: ['handler'] },
  { username: 'env-approver', name: '罗审批', department: 'environment', roles: ['approver'] },
  { username: 'health-handler', name: '高承办', department: 'health', roles: ['handler'] },
  { username: 'health-approver', name: '梁审批', department: 'health', roles: ['approver'] },
  { username: 'transport-handler', name: '宋承办', department: 'transport', roles: ['handler'] },
  { username: 'transport-approver', name: '唐审批', department: 'transport', roles: ['approver'] },
  { username: 'donghu-handler', name: '许承办', department: 'donghu-approval', roles: ['handler'] },
  { username: 'donghu-approver', name: '韩审批', department: 'donghu-approval', roles: ['approver'] },
  { username: 'county-handler', name: '冯承办', department: 'nanchang-county-approval', roles: ['handler'] },
  { username: 'county-approver', name: '曹审批', department: 'nanchang-county-approval', roles: ['approver'] },
];

function idsOf(departmentsByKey: ReadonlyMap<string, Department>) {
  return (key: string): string => {
    const department = departmentsByKey.get(key);
    if (!department) throw new Error(`demo catalog: no demo department "${key}"`);
    return department.id;
  };
}

async function loadInto(trx: Trx, ctx: Ctx, departmentsByKey: ReadonlyMap<string, Department>): Promise<number> {
  const id = idsOf(departmentsByKey);
  for (const demo of DEMO_ITEMS) {
    const checked = await checkContent(trx, demo.build(id), () => true);
    const department = checked.department;
    const problems = [...checked.errors, ...(department ? await publishProblems(trx, checked.content) : [])];
    if (!department || problems.length > 0) {
      // A broken demo item is a bug in the seed data: say exactly what, rather than seed half a catalog.
      const why = problems.map((p) => `${p.field}: ${fieldMessage(p.code, 'zh', p.params)}`).join('; ');
      throw new Error(`demo catalog: ${checked.content.code} ${checked.content.name} cannot be published: ${why}`);
    }
    await addItem(trx, ctx, checked.content, department, { action: 'seed', catchAll: demo.catchAll ?? false });
    const item = await findItem(trx, checked.content.code);
    if (item) await publishDraft(trx, ctx, item, 'seed_publish');
  }
  return DEMO_ITEMS.length;
}

/**
 * Loads and publishes the demo catalog for the demo departments (keys as in demo-data.ts), audited
 * as `seed`. Needs the staff of DEMO_STAFF and DEMO_CATALOG_STAFF already stored. Runs in `trx` when
 * given (inside the demo seed's transaction), else in its own; returns the number of items.
 */
export async function loadDemoCatalog(ctx: Ctx, departmentsByKey: ReadonlyMap<string, Department>, trx?: Trx): Promise<number> {
  return trx ? loadInto(trx, ctx, departmentsByKey) : inTransaction(ctx, (own) => loadInto(own, ctx, departmentsByKey));
}
