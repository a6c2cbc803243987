import type { Actor } from '../../core/accounts/actor.js';
import { caseReach, caseWithinReach } from '../../core/cases/access.js';
import type { StoredFile } from '../../core/files/index.js';
import { selectCaseWithPath } from '../../store/repositories/case-repository.js';
import { caseWorkingDepartments } from '../../store/repositories/task-repository.js';
import type { Ctx } from '../context.js';

/**
 * Whether a staff member reaches the case a file is attached to: staff see a material when its case is
 * within their reach (DOMAIN.md §10; core/cases/access.ts, including the departments working on it), as for the case itself.
 */
export async function staffReachesFileCase(ctx: Ctx, actor: Actor, file: StoredFile & { caseId: string }): Promise<boolean> {
  const row = await selectCaseWithPath(ctx.store.db).where('cases.id', '=', file.caseId).executeTakeFirst();
  return row !== undefined && caseWithinReach(caseReach(actor), {
    applicantId: row.applicant_id, regionCode: row.region_code, departmentPath: row.department_path,
    workingDepartmentIds: await caseWorkingDepartments(ctx.store.db, file.caseId),
  });
}
