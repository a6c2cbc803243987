/**
 * Regions (行政区划). Province, city and county carry the 6-digit GB/T 2260 code; a township
 * (乡镇街道) carries the 9-digit code of GB/T 10114, its county's code plus three digits, since
 * GB/T 2260 stops at the county (docs/decisions/0002-region-codes.md).
 */

export const REGION_LEVELS = ['province', 'city', 'county', 'township'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** The level a code denotes, or null when it is no region code. */
export function regionLevelOf(code: string): RegionLevel | null {
  if (/^\d{9}$/.test(code)) return code.slice(6) === '000' ? null : 'township';
  if (!/^\d{6}$/.test(code) || code.startsWith('00')) return null;
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The leading digits every code in the region's subtree shares. */
export function regionPrefix(code: string): string {
  switch (regionLevelOf(code)) {
    case 'province': return code.slice(0, 2);
    case 'city': return code.slice(0, 4);
    default: return code;
  }
}

/** Whether `code` lies in the subtree of `root` (a region is in its own subtree). */
export function isWithinRegion(code: string, root: string): boolean {
  return code.startsWith(regionPrefix(root));
}

/** Whether `parent` can be the direct parent of `child` (one level up and containing it). */
export function canParentRegion(parent: string, child: string): boolean {
  const p = regionLevelOf(parent);
  const c = regionLevelOf(child);
  if (p === null || c === null) return false;
  return REGION_LEVELS.indexOf(c) > REGION_LEVELS.indexOf(p) && isWithinRegion(child, parent) && parent !== child;
}
