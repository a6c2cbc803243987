import { catchAllTemplate, normalizeItem } from '../../core/catalog/index.js';
import { invalidFields } from '../../core/errors.js';
import { findDepartment } from '../../store/repositories/department-repository.js';
import { requireRole } from '../access/authorize.js';
import type { Ctx } from '../context.js';
import { inTransaction } from '../context.js';
import { requireAdminOver } from './item-access.js';
import { addItem } from './item-store.js';
import { withNames, type NamedVersion } from './read-items.js';

/**
 * Opens a department's catch-all item (兜底事项) as a draft from the template; one per department
 * (409 for a second). The admin edits and publishes it like any other item.
 */
export async function createCatchAllItem(ctx: Ctx, input: { departmentId: string; code?: string | undefined; name?: string | undefined }): Promise<NamedVersion> {
  requireRole(ctx.actor, 'admin');
  return inTransaction(ctx, async (trx) => {
    const department = await findDepartment(trx, input.departmentId);
    if (!department) throw invalidFields([{ field: 'departmentId', code: 'not_found' }]);
    requireAdminOver(ctx.actor, department);
    const template = catchAllTemplate(department, input.code);
    const content = normalizeItem(input.name ? { ...template, name: input.name } : template);
    return withNames(trx, await addItem(trx, ctx, content, department, { action: 'create_catch_all', catchAll: true }));
  });
}
