/**
 * The five rating levels of 好差评 (国办发〔2019〕51号《关于建立政务服务“好差评”制度的意见》: 非常满意、满意、
 * 基本满意、不满意、非常不满意). Inside Tongban a level is 1..5 with 5 the best (API.md); exports translate it
 * explicitly (export-codes.ts), because the code tables disagree on which end is 1.
 */

export const RATING_LEVELS = [1, 2, 3, 4, 5] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** Each level's name, Chinese first. */
export const LEVEL_NAMES: Readonly<Record<RatingLevel, { readonly zh: string; readonly en: string }>> = {
  5: { zh: '非常满意', en: 'Very satisfied' },
  4: { zh: '满意', en: 'Satisfied' },
  3: { zh: '基本满意', en: 'Fairly satisfied' },
  2: { zh: '不满意', en: 'Dissatisfied' },
  1: { zh: '非常不满意', en: 'Very dissatisfied' },
};

/** Whether a value is a rating level. */
export function isRatingLevel(value: unknown): value is RatingLevel {
  return (RATING_LEVELS as readonly unknown[]).includes(value);
}

/**
 * A bad rating (差评) is level 1 or 2: it opens a rectification for the responsible department
 * (国办发〔2019〕51号: 差评整改; DOMAIN.md §8).
 */
export function isBadRating(level: RatingLevel): boolean {
  return level <= 2;
}

/** Satisfied (level 4 or 5): the numerator of satisfaction (DOMAIN.md §9). */
export function isSatisfied(level: RatingLevel): boolean {
  return level >= 4;
}
