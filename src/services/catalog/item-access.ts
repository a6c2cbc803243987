import { reachIncludes, reachOf, type Actor, type Reach } from '../../core/accounts/actor.js';
import { DomainError } from '../../core/errors.js';
import type { Department } from '../../core/organization/types.js';
import { findDepartment } from '../../store/repositories/department-repository.js';
import { findItem, lockItem } from '../../store/repositories/item-repository.js';
import type { ItemRow } from '../../store/repositories/item-tables.js';
import { requireRole, requireWithin } from '../access/authorize.js';
import type { Ctx, Db } from '../context.js';

/** The reach of an admin over the catalog: their region subtree (docs/decisions/0001). */
export function catalogReach(actor: Actor): Reach {
  return reachOf(actor, ['admin']);
}

/** Asserts an admin who reaches the department: an admin manages only items of departments they reach. */
export function requireAdminOver(actor: Actor | null, department: Department): asserts actor is Actor {
  requireRole(actor, 'admin');
  requireWithin(reachIncludes(catalogReach(actor), department));
}

/** An item and its implementing department, for an admin who reaches it (404 unknown, 403 out of reach). */
export interface ManagedItem {
  readonly item: ItemRow;
  readonly department: Department;
}

/** Loads an item an admin manages; `lock` holds its row until the transaction ends (one change at a time). */
export async function manageItem(db: Db, ctx: Ctx, code: string, options: { lock?: boolean } = {}): Promise<ManagedItem> {
  requireRole(ctx.actor, 'admin');
  const item = options.lock ? await lockItem(db, ctx.store.dialect, code) : await findItem(db, code);
  if (!item) throw new DomainError('request.not_found');
  const department = await findDepartment(db, item.department_id);
  if (!department) throw new DomainError('request.not_found');
  requireAdminOver(ctx.actor, department);
  return { item, department };
}
