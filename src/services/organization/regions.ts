import { reachIncludes, reachOf } from '../../core/accounts/actor.js';
import { DomainError, invalidFields } from '../../core/errors.js';
import { canParentRegion, regionLevelOf } from '../../core/organization/region.js';
import type { Region } from '../../core/organization/types.js';
import { findRegion, insertRegion, listRegions, renameRegion } from '../../store/repositories/region-repository.js';
import { requireActor, requireRole, requireWithin } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';

/** Regions a signed-in user may see: staff see their region's subtree (the whole tree if unplaced). */
export async function listVisibleRegions(ctx: Ctx): Promise<Region[]> {
  requireActor(ctx.actor);
  return listRegions(ctx.store.db, ctx.actor.regionCode);
}

function inAdminRegion(ctx: Ctx, code: string): boolean {
  requireActor(ctx.actor);
  const reach = reachOf(ctx.actor, ['admin']);
  return reachIncludes(reach, { regionCode: code, path: '' });
}

/** Adds a region under a parent within the admin's region (GB/T 2260 codes). */
export async function createRegion(ctx: Ctx, input: { code: string; name: string; parentCode?: string | undefined }): Promise<Region> {
  requireRole(ctx.actor, 'admin');
  const level = regionLevelOf(input.code);
  if (!level) throw invalidFields([{ field: 'code', code: 'region_code_invalid' }]);
  const parentCode = input.parentCode ?? null;
  if (parentCode !== null && !canParentRegion(parentCode, input.code)) {
    throw invalidFields([{ field: 'parentCode', code: 'invalid' }]);
  }
  requireWithin(inAdminRegion(ctx, parentCode ?? input.code));
  const region: Region = { code: input.code, name: input.name, level, parentCode };
  return inTransaction(ctx, async (trx) => {
    if (parentCode !== null && !(await findRegion(trx, parentCode))) {
      throw invalidFields([{ field: 'parentCode', code: 'not_found' }]);
    }
    if (await findRegion(trx, input.code)) throw new DomainError('org.region_exists', {}, [{ field: 'code', code: 'invalid' }]);
    await insertRegion(trx, region, nowIso(ctx));
    await recordAudit(trx, ctx, { entity: 'region', entityId: region.code, action: 'create', after: region });
    return region;
  });
}

/** Renames a region within the admin's region. */
export async function updateRegion(ctx: Ctx, code: string, input: { name: string }): Promise<Region> {
  requireRole(ctx.actor, 'admin');
  return inTransaction(ctx, async (trx) => {
    const before = await findRegion(trx, code);
    if (!before) throw new DomainError('request.not_found');
    requireWithin(inAdminRegion(ctx, code));
    const after = { ...before, name: input.name };
    await renameRegion(trx, code, input.name);
    await recordAudit(trx, ctx, { entity: 'region', entityId: code, action: 'update', before, after });
    return after;
  });
}
