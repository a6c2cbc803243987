import { reachIncludes, type Reach } from '../../core/accounts/actor.js';
import type { CatalogDepartment, CatalogEntry, ItemInput } from '../../core/catalog/index.js';
import type { FieldError } from '../../core/errors.js';
import type { Department } from '../../core/organization/types.js';
import { regionPrefix } from '../../core/organization/region.js';
import { departmentsById, departmentsNamed } from '../../store/repositories/item-staffing-repository.js';
import type { Db } from '../context.js';

/**
 * Finds the departments an imported catalog names, in this database: the same id when it exists
 * within the admin's reach, else the one department of that name in the admin's region (a file
 * exported elsewhere). Anything else is `departments[k]` not found.
 */
export async function resolveDepartments(
  db: Db, listed: readonly CatalogDepartment[], reach: Reach,
): Promise<{ mapping: Map<string, string>; errors: FieldError[] }> {
  const byId = await departmentsById(db, listed.map((d) => d.id));
  const prefix = reach.kind === 'region' ? regionPrefix(reach.regionCode) : null;
  const named = prefix === null ? [] : await departmentsNamed(db, listed.map((d) => d.name), prefix);
  const mapping = new Map<string, string>();
  const errors: FieldError[] = [];
  listed.forEach((entry, k) => {
    const same = byId.get(entry.id);
    const candidates: Department[] = same && reachIncludes(reach, same) ? [same] : named.filter((d) => d.name === entry.name && reachIncludes(reach, d));
    const [only] = candidates;
    if (candidates.length === 1 && only) mapping.set(entry.id, only.id);
    else errors.push({ field: `departments[${k}]`, code: 'not_found' });
  });
  return { mapping, errors };
}

/** An imported entry as item input, with its department ids translated to this database's. */
export function remapEntry(entry: CatalogEntry, mapping: ReadonlyMap<string, string>): ItemInput {
  const { status: _status, version: _version, catchAll: _catchAll, ...input } = entry;
  const to = (id: string) => mapping.get(id) ?? id;
  return {
    ...input,
    departmentId: to(input.departmentId),
    steps: input.steps.map((step) => ({
      ...step,
      ...(step.departmentId !== undefined && { departmentId: to(step.departmentId) }),
      ...(step.branches !== undefined && { branches: step.branches.map((b) => ({ ...b, departmentId: to(b.departmentId) })) }),
    })),
  };
}
