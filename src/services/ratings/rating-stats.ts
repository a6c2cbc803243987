import {
  addLevelCounts, DEFAULT_RATING_SETTINGS, isRatingLevel, monthRange, NO_RATINGS, ratingFigures, redBlueBoard, type RatingLevel,
} from '../../core/ratings/index.js';
import { levelCountsByDepartment, rectifiedByDepartment } from '../../store/repositories/rating-stats-repository.js';
import type { Deps } from '../context.js';
import { effectiveRatingSettings } from './rating-settings.js';

/**
 * The public rating statistics of a month per department (DOMAIN.md §8: "rating statistics per department
 * are public"): counts and rates only, no rater, no comment, nothing personal. Departments without a counted
 * rating in the month are not listed.
 */
export async function ratingStats(deps: Deps, period: string, regionCode: string | null) {
  const range = monthRange(period);
  const [counts, rectified] = await Promise.all([
    levelCountsByDepartment(deps.store.db, range, regionCode), rectifiedByDepartment(deps.store.db, range, regionCode),
  ]);
  const byDepartment = new Map<string, { name: string; levels: Record<RatingLevel, number> }>();
  for (const row of counts) {
    if (!isRatingLevel(row.level)) continue;
    const entry = byDepartment.get(row.departmentId) ?? { name: row.departmentName, levels: { ...NO_RATINGS } };
    entry.levels[row.level] += row.count;
    byDepartment.set(row.departmentId, entry);
  }
  const departments = [...byDepartment].map(([departmentId, { name, levels }]) => ({
    departmentId, departmentName: name, ...ratingFigures(levels, rectified.get(departmentId) ?? 0),
  })).sort((a, b) => b.ratings - a.ratings || (a.departmentName < b.departmentName ? -1 : 1));
  const total = ratingFigures(addLevelCounts(departments.map((d) => d.levels)), departments.reduce((sum, d) => sum + d.rectified, 0));
  return { period, regionCode, departments, total };
}

/** The month's red-blue board (红蓝榜) of a region, with the minimum number of ratings that region set. */
export async function ratingBoard(deps: Deps, period: string, regionCode: string | null) {
  const stats = await ratingStats(deps, period, regionCode);
  const { settings } = regionCode ? await effectiveRatingSettings(deps.store.db, regionCode) : { settings: DEFAULT_RATING_SETTINGS };
  return { period, regionCode, minRatings: settings.boardMinRatings, ...redBlueBoard(stats.departments, settings.boardMinRatings) };
}
