import { invalidFields } from '../../core/errors.js';
import { findDepartment } from '../../store/repositories/department-repository.js';
import type { Db } from '../context.js';

/** A period's dates in order, or a field error on `to`. */
export function checkPeriod(from: string | undefined, to: string | undefined): void {
  if (from !== undefined && to !== undefined && to < from) throw invalidFields([{ field: 'to', code: 'date_order' }]);
}

/** The path of a department a filter names; unknown (or unreachable, which reads the same) is a field error. */
export async function departmentPathFilter(db: Db, departmentId: string | undefined, regionPrefix: string | null): Promise<string | undefined> {
  if (departmentId === undefined) return undefined;
  const department = await findDepartment(db, departmentId);
  if (!department || (regionPrefix !== null && !department.regionCode.startsWith(regionPrefix))) {
    throw invalidFields([{ field: 'department', code: 'not_found' }]);
  }
  return department.path;
}
