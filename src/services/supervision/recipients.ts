import type { StepRole } from '../../core/catalog/vocabulary.js';
import { departmentHeads, regionAncestry, regionSupervisors } from '../../core/supervision/index.js';
import {
  activeDepartmentHead, departmentMembersWithRole, supervisorPosts,
} from '../../store/repositories/staff-recipient-repository.js';
import type { Db } from '../context.js';

/** The department head (部门负责人) if named and active, else the department's approvers (docs/supervision.md). */
export async function departmentHeadIds(db: Db, departmentId: string): Promise<string[]> {
  const head = await activeDepartmentHead(db, departmentId);
  return departmentHeads(head, head === null ? await departmentMembersWithRole(db, departmentId, 'approver') : []);
}

/** The supervisors of a region: posted there, or in the nearest region above that has any. */
export async function regionSupervisorIds(db: Db, regionCode: string): Promise<string[]> {
  return regionSupervisors(await supervisorPosts(db, regionAncestry(regionCode)), regionCode);
}

/** Who holds a task: its assignee, or, while it waits in the pool, every member who may claim it. */
export async function taskHolderIds(db: Db, task: { assigneeId: string | null; departmentId: string; role: string }): Promise<string[]> {
  if (task.assigneeId !== null) return [task.assigneeId];
  return departmentMembersWithRole(db, task.departmentId, task.role as StepRole);
}
