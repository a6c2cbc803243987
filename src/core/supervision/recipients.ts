/**
 * Who supervision speaks to (DOMAIN.md §7): the region's supervisors, and the department head. The
 * codebase's departments name a head only when an admin sets one; without it, the department's approvers
 * (审批人 / 负责人, DOMAIN.md §1) stand in (docs/supervision.md).
 */
import { regionLevelOf } from '../organization/region.js';

/** A region and the regions above it, nearest first: 360102 → [360102, 360100, 360000]. */
export function regionAncestry(code: string): string[] {
  const chain: string[] = [code];
  let current = code;
  for (;;) {
    const parent = parentRegionCode(current);
    if (parent === null) return chain;
    chain.push(parent);
    current = parent;
  }
}

function parentRegionCode(code: string): string | null {
  switch (regionLevelOf(code)) {
    case 'township': return code.slice(0, 6);
    case 'county': return `${code.slice(0, 4)}00`;
    case 'city': return `${code.slice(0, 2)}0000`;
    default: return null;
  }
}

/** A supervisor and the region of their department. */
export interface SupervisorPost {
  readonly userId: string;
  readonly regionCode: string;
}

/**
 * The supervisors of a case's region: those posted in the region itself, or, where it has none, in the
 * nearest region above that has some. A province's supervisors are not told of every county's lapse
 * when the county watches its own.
 */
export function regionSupervisors(posts: readonly SupervisorPost[], regionCode: string): string[] {
  for (const code of regionAncestry(regionCode)) {
    const here = posts.filter((p) => p.regionCode === code).map((p) => p.userId);
    if (here.length > 0) return [...new Set(here)].sort();
  }
  return [];
}

/** The department head if one is set, else the department's approvers. */
export function departmentHeads(headUserId: string | null, approverIds: readonly string[]): string[] {
  return headUserId !== null ? [headUserId] : [...new Set(approverIds)].sort();
}

/** The department ids on a `/a/b/c/` path, root first: a member of c belongs to b and a too. */
export function departmentIdsOnPath(path: string): string[] {
  return path.split('/').filter((id) => id !== '');
}
