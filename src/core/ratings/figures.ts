/**
 * The rating figures of DOMAIN.md §9, defined once: satisfaction = (level 5 + level 4) / ratings;
 * bad-rating rectification rate = rectified / bad ratings. Ratings taken back by an upheld appeal are not
 * counted anywhere (docs/ratings.md). A rate with nothing to divide by is null, not 0 or 100 %.
 */
import { RATING_LEVELS, isBadRating, isSatisfied, type RatingLevel } from './levels.js';

/** Ratings counted per level. */
export type LevelCounts = Readonly<Record<RatingLevel, number>>;

/** The figures of one scope (a department, a region) for a period. */
export interface RatingFigures {
  readonly ratings: number;
  readonly levels: LevelCounts;
  readonly satisfaction: number | null;
  readonly badRatings: number;
  readonly rectified: number;
  readonly rectificationRate: number | null;
}

export const NO_RATINGS: LevelCounts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * The figures from counts per level and the number of bad ratings rectified.
 * `rectified` counts the bad ratings of the period whose rectification has a recorded result.
 */
export function ratingFigures(levels: LevelCounts, rectified: number): RatingFigures {
  const ratings = RATING_LEVELS.reduce((sum, level) => sum + levels[level], 0);
  const satisfied = RATING_LEVELS.filter(isSatisfied).reduce((sum, level) => sum + levels[level], 0);
  const badRatings = RATING_LEVELS.filter(isBadRating).reduce((sum, level) => sum + levels[level], 0);
  return {
    ratings, levels, satisfaction: ratio(satisfied, ratings), badRatings, rectified, rectificationRate: ratio(rectified, badRatings),
  };
}

/** The sum of several scopes' counts (a region's total over its departments). */
export function addLevelCounts(all: readonly LevelCounts[]): LevelCounts {
  const total: Record<RatingLevel, number> = { ...NO_RATINGS };
  for (const counts of all) for (const level of RATING_LEVELS) total[level] += counts[level];
  return total;
}
