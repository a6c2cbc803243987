import { sql, type SqlBool } from 'kysely';

/**
 * A region's subtree as a range of codes. Region codes are digits (core/organization/region.ts), so the codes
 * starting with a prefix are exactly those from the prefix up to its successor: `'3601'` to `'3602'`,
 * `'3609'` to `'3610'`. A range uses an index on both databases, where SQLite's case-insensitive `LIKE 'x%'`
 * cannot; the successor carries digits rather than using `'3601:'`, so it holds under any collation.
 */
export interface RegionRange {
  readonly from: string;
  /** Exclusive; null when the prefix is all nines (nothing sorts after it within the subtree). */
  readonly to: string | null;
}

export function regionRange(prefix: string): RegionRange {
  if (!/^\d*$/.test(prefix)) throw new Error(`region prefix ${prefix} is not digits`);
  const digits = [...prefix];
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') digits[i--] = '0';
  if (i < 0) return { from: prefix, to: null };
  digits[i] = String(Number(digits[i]) + 1);
  return { from: prefix, to: digits.join('') };
}

/** `column` (a region code) within the subtree of `prefix`. */
export function inRegion(column: string, prefix: string) {
  const { from, to } = regionRange(prefix);
  const ref = sql.ref(column);
  return to === null ? sql<SqlBool>`${ref} >= ${from}` : sql<SqlBool>`${ref} >= ${from} and ${ref} < ${to}`;
}
