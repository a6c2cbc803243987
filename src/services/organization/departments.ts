import { reachIncludes, reachOf } from '../../core/accounts/actor.js';
import { DomainError, invalidFields } from '../../core/errors.js';
import { isWithinRegion } from '../../core/organization/region.js';
import type { Department, DepartmentKind } from '../../core/organization/types.js';
import {
  findDepartment, insertDepartment, listDepartments, updateDepartment as saveDepartment,
} from '../../store/repositories/department-repository.js';
import { findRegion } from '../../store/repositories/region-repository.js';
import { findUser } from '../../store/repositories/user-repository.js';
import { requireActor, requireRole, requireWithin } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';

/** Departments the actor reaches, optionally under one region. */
export async function listVisibleDepartments(ctx: Ctx, regionCode?: string): Promise<Department[]> {
  requireActor(ctx.actor);
  const reach = reachOf(ctx.actor, ['admin', 'supervisor', 'analyst', 'clerk', 'handler', 'approver']);
  return listDepartments(ctx.store.db, reach, regionCode ?? null);
}

function requireAdminOver(ctx: Ctx, department: { regionCode: string; path: string }): void {
  requireRole(ctx.actor, 'admin');
  requireWithin(reachIncludes(reachOf(ctx.actor, ['admin']), department));
}

async function placeUnder(trx: Trx, id: string, regionCode: string, parentId: string | null): Promise<string> {
  if (parentId === null) return `/${id}/`;
  const parent = await findDepartment(trx, parentId);
  if (!parent) throw invalidFields([{ field: 'parentId', code: 'not_found' }]);
  if (parent.path.includes(`/${id}/`)) throw new DomainError('org.department_cycle', {}, [{ field: 'parentId', code: 'invalid' }]);
  // A department sits in its parent's region or below it (a county bureau under a city bureau's tree is not allowed).
  if (!isWithinRegion(regionCode, parent.regionCode)) throw invalidFields([{ field: 'parentId', code: 'invalid' }]);
  return `${parent.path}${id}/`;
}

/** Creates a department under a region (and optionally a parent) within the admin's region. */
export async function createDepartment(
  ctx: Ctx, input: { name: string; regionCode: string; parentId?: string | undefined; kind?: DepartmentKind | undefined },
): Promise<Department> {
  requireRole(ctx.actor, 'admin');
  const id = ctx.newId();
  return inTransaction(ctx, async (trx) => {
    if (!(await findRegion(trx, input.regionCode))) throw invalidFields([{ field: 'regionCode', code: 'not_found' }]);
    const path = await placeUnder(trx, id, input.regionCode, input.parentId ?? null);
    const department: Department = {
      id, name: input.name, regionCode: input.regionCode, parentId: input.parentId ?? null, kind: input.kind ?? 'bureau', path,
    };
    requireAdminOver(ctx, department);
    await insertDepartment(trx, department, nowIso(ctx));
    await recordAudit(trx, ctx, { entity: 'department', entityId: id, action: 'create', after: department });
    return department;
  });
}

/** The department head must be an active staff member of the department or one of its divisions. */
async function checkHead(trx: Trx, department: Department, headUserId: string | null): Promise<void> {
  if (headUserId === null) return;
  const user = await findUser(trx, headUserId);
  const member = user?.kind === 'staff' && user.active && user.departmentId !== null && (await findDepartment(trx, user.departmentId))?.path.startsWith(department.path);
  if (!member) throw invalidFields([{ field: 'headUserId', code: 'not_found' }]);
}

/** Renames, re-kinds or moves a department within the admin's region, or names its head (部门负责人). */
export async function updateDepartment(
  ctx: Ctx, id: string, input: { name?: string | undefined; kind?: DepartmentKind | undefined; parentId?: string | null | undefined; headUserId?: string | null | undefined },
): Promise<Department> {
  requireRole(ctx.actor, 'admin');
  return inTransaction(ctx, async (trx) => {
    const before = await findDepartment(trx, id);
    if (!before) throw new DomainError('request.not_found');
    requireAdminOver(ctx, before);
    const parentId = input.parentId === undefined ? before.parentId : input.parentId;
    if (parentId === id) throw invalidFields([{ field: 'parentId', code: 'self_reference' }]);
    const path = parentId === before.parentId ? before.path : await placeUnder(trx, id, before.regionCode, parentId);
    const after: Department = {
      ...before, name: input.name ?? before.name, kind: input.kind ?? before.kind, parentId, path,
      headUserId: input.headUserId === undefined ? before.headUserId ?? null : input.headUserId,
    };
    requireAdminOver(ctx, after);
    if (input.headUserId !== undefined) await checkHead(trx, before, input.headUserId);
    await saveDepartment(trx, before, after);
    await recordAudit(trx, ctx, { entity: 'department', entityId: id, action: 'update', before, after });
    return after;
  });
}
