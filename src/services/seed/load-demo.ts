import type { Department } from '../../core/organization/types.js';
import { regionLevelOf } from '../../core/organization/region.js';
import { insertApplicant } from '../../store/repositories/applicant-repository.js';
import { insertDepartment } from '../../store/repositories/department-repository.js';
import { insertRegion } from '../../store/repositories/region-repository.js';
import { insertUser } from '../../store/repositories/user-repository.js';
import { hashPassword } from '../accounts/password-hash.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { DEMO_CATALOG_STAFF, loadDemoCatalog } from './demo-catalog.js';
import { DEMO_APPLICANTS, DEMO_DEPARTMENTS, DEMO_PASSWORD, DEMO_REGIONS, DEMO_STAFF } from './demo-data.js';
import { loadDemoHall } from './demo-hall.js';

const ALL_STAFF = [...DEMO_STAFF, ...DEMO_CATALOG_STAFF];

/** The logins to print at start. */
export const DEMO_LOGINS = [...ALL_STAFF.map((s) => ({ username: s.username, roles: s.roles.join(','), name: s.name })),
  ...DEMO_APPLICANTS.map((a) => ({ username: a.username, roles: 'applicant', name: a.name }))];

/**
 * Loads the demo city into an empty database; returns false (and changes nothing) when any
 * account exists already, so restarting with `--seed demo` is harmless.
 */
export async function loadDemo(ctx: Ctx): Promise<boolean> {
  const existing = await ctx.store.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = nowIso(ctx);
  await inTransaction(ctx, async (trx) => {
    for (const region of DEMO_REGIONS) {
      const level = regionLevelOf(region.code) ?? 'county';
      await insertRegion(trx, { ...region, level }, now);
      await recordAudit(trx, ctx, { entity: 'region', entityId: region.code, action: 'seed', after: region });
    }
    const departments = new Map<string, Department>();
    for (const spec of DEMO_DEPARTMENTS) {
      const id = ctx.newId();
      const parent = spec.parent ? departments.get(spec.parent) : undefined;
      const department: Department = {
        id, name: spec.name, regionCode: spec.regionCode, kind: spec.kind, parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
      };
      departments.set(spec.key, department);
      await insertDepartment(trx, department, now);
      await recordAudit(trx, ctx, { entity: 'department', entityId: id, action: 'seed', after: department });
    }
    const account = (id: string, username: string, name: string) => ({
      id, username, name, password_hash: passwordHash, active: 1, backup_user_id: null, absence_from: null,
      absence_to: null, failed_logins: 0, locked_until: null, created_at: now, updated_at: now,
    });
    for (const staff of ALL_STAFF) {
      const id = ctx.newId();
      await insertUser(trx, {
        ...account(id, staff.username, staff.name), kind: 'staff',
        department_id: departments.get(staff.department)?.id ?? null, roles: JSON.stringify(staff.roles),
      });
      await recordAudit(trx, ctx, { entity: 'user', entityId: id, action: 'seed', after: { username: staff.username, roles: staff.roles } });
    }
    for (const applicant of DEMO_APPLICANTS) {
      const id = ctx.newId();
      await insertUser(trx, { ...account(id, applicant.username, applicant.name), kind: 'applicant', department_id: null, roles: '[]' });
      await insertApplicant(trx, {
        user_id: id, type: applicant.type, id_number: applicant.idNumber, credit_code: applicant.creditCode, phone: applicant.phone, bad_credit: 0,
      });
      await recordAudit(trx, ctx, { entity: 'applicant', entityId: id, action: 'seed', after: { username: applicant.username } });
    }
    await loadDemoCatalog(ctx, departments, trx);
    await loadDemoHall(trx, ctx, departments);
  });
  return true;
}
