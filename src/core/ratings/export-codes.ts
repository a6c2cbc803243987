/**
 * Rating levels in the code tables of the systems we export to. They disagree on which end is 1, so every
 * export names its table and maps through here, never by passing our number along (DOMAIN.md §8).
 *
 * - `national`: the national 好差评 interface (全国一体化政务服务平台): 5 = 非常满意 … 1 = 非常不满意, the same
 *   direction as ours.
 * - `gbt39046`: the code tables of GB/T 39046-2020: 1 = 非常满意 … 5 = 非常不满意.
 */
import { LEVEL_NAMES, isRatingLevel, type RatingLevel } from './levels.js';

export const EXPORT_FORMATS = ['national', 'gbt39046'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CODES: Readonly<Record<ExportFormat, Readonly<Record<RatingLevel, number>>>> = {
  national: { 5: 5, 4: 4, 3: 3, 2: 2, 1: 1 },
  gbt39046: { 5: 1, 4: 2, 3: 3, 2: 4, 1: 5 },
};

/** The code a level carries in a format's table. */
export function toExportCode(level: RatingLevel, format: ExportFormat): number {
  return CODES[format][level];
}

/** The level a format's code stands for, or null for a code the table does not have. */
export function fromExportCode(code: number, format: ExportFormat): RatingLevel | null {
  for (const [level, mapped] of Object.entries(CODES[format])) {
    const parsed = Number(level);
    if (mapped === code && isRatingLevel(parsed)) return parsed;
  }
  return null;
}

/** The label printed beside a code: the level's Chinese name, which both tables share. */
export function exportLabel(level: RatingLevel): string {
  return LEVEL_NAMES[level].zh;
}
