import type { Actor } from '../../core/accounts/actor.js';
import { hasRole } from '../../core/accounts/actor.js';
import type { StaffRole } from '../../core/accounts/roles.js';
import { DomainError } from '../../core/errors.js';
import type { StoredFile } from '../../core/files/index.js';
import { isWithinRegion } from '../../core/organization/region.js';
import { findFile } from '../../store/repositories/file-repository.js';
import { requireActor } from '../access/authorize.js';
import type { Ctx } from '../context.js';
import { staffReachesFileCase } from './case-file-access.js';

/** The staff roles that may open materials taken at a window of their region. */
export const FILE_STAFF_ROLES: readonly StaffRole[] = ['clerk', 'admin', 'supervisor'];

/**
 * Whether a staff member may see a file: one a clerk took at a window within the actor's region
 * (一窗受理 serves the whole region), or one attached to a case the actor reaches (the case hook).
 */
export async function canStaffSeeFile(ctx: Ctx, actor: Actor, file: StoredFile): Promise<boolean> {
  if (actor.kind !== 'staff') return false;
  const byWindow = hasRole(actor, ...FILE_STAFF_ROLES) && actor.regionCode !== null && file.uploaderRegionCode !== null
    && isWithinRegion(file.uploaderRegionCode, actor.regionCode);
  if (byWindow) return true;
  return file.caseId !== null && staffReachesFileCase(ctx, actor, { ...file, caseId: file.caseId });
}

/**
 * A file the actor may see. A missing file and another's file get the same 404, so existence does
 * not leak (API.md); an anonymous caller gets 401.
 */
export async function findVisibleFile(ctx: Ctx, id: string): Promise<StoredFile> {
  const { actor } = ctx;
  requireActor(actor);
  const file = await findFile(ctx.store.db, id);
  if (!file) throw new DomainError('request.not_found');
  const visible = actor.kind === 'applicant' ? file.ownerId === actor.userId : await canStaffSeeFile(ctx, actor, file);
  if (!visible) throw new DomainError('request.not_found');
  return file;
}
