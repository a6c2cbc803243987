import type { Actor } from '../../core/accounts/actor.js';
import type { StoredFile } from '../../core/files/index.js';
import type { Ctx } from '../context.js';

/**
 * HOOK FOR THE CASE SERVICE — whether a staff member reaches the case a file is attached to.
 *
 * Staff see a material "when the file is attached to a case in their reach" (issue 5, DOMAIN.md §10).
 * Until cases are stored this answers no, and staff see only what `canStaffSeeFile` allows by the
 * uploading clerk's region. The case service fills this in with its own reach rule: load the case by
 * `file.caseId` and answer `caseWithinReach(caseReach(actor), case)` (core/cases/access.ts). Nothing
 * else in the files service needs to change; docs/files.md describes the seam.
 */
export async function staffReachesFileCase(_ctx: Ctx, _actor: Actor, _file: StoredFile & { caseId: string }): Promise<boolean> {
  return false;
}
