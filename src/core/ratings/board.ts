/**
 * The monthly red-blue board (红蓝榜): departments ranked by satisfaction (DOMAIN.md §8). A department needs a
 * minimum number of ratings in the month to be ranked, so that one or two ratings cannot top or sink it; the
 * minimum is a region setting (default 5). Red lists the best, blue the worst, never the same department.
 */
import type { RatingFigures } from './figures.js';

export const DEFAULT_BOARD_MIN_RATINGS = 5;
/** At most this many departments on each side of the board. */
export const BOARD_SIZE = 3;

/** What the board ranks: a department with its figures. */
export interface BoardCandidate extends RatingFigures {
  readonly departmentId: string;
  readonly departmentName: string;
}

export type Ranked<T> = T & { readonly rank: number };

export interface RedBlueBoard<T> {
  readonly ranking: readonly Ranked<T>[];
  readonly red: readonly Ranked<T>[];
  readonly blue: readonly Ranked<T>[];
  /** Departments with fewer ratings than the minimum. */
  readonly unranked: readonly T[];
}

/** Better first: higher satisfaction, then more ratings, then fewer bad ratings, then name and id (stable). */
function compare(a: BoardCandidate, b: BoardCandidate): number {
  return (b.satisfaction ?? 0) - (a.satisfaction ?? 0) || b.ratings - a.ratings || a.badRatings - b.badRatings
    || (a.departmentName < b.departmentName ? -1 : a.departmentName > b.departmentName ? 1 : 0)
    || (a.departmentId < b.departmentId ? -1 : a.departmentId > b.departmentId ? 1 : 0);
}

/**
 * Ranks departments with at least `minRatings` ratings. Equal satisfaction shares a rank (1, 2, 2, 4).
 * Each side shows min(BOARD_SIZE, ⌊ranked / 2⌋) departments, so red and blue never overlap; blue lists the worst first.
 */
export function redBlueBoard<T extends BoardCandidate>(candidates: readonly T[], minRatings: number): RedBlueBoard<T> {
  const eligible = candidates.filter((c) => c.ratings >= minRatings).sort(compare);
  const ranking = eligible.map((c, index) => {
    const first = eligible.findIndex((other) => other.satisfaction === c.satisfaction);
    return { ...c, rank: (first < 0 ? index : first) + 1 };
  });
  const size = Math.min(BOARD_SIZE, Math.floor(ranking.length / 2));
  return {
    ranking,
    red: ranking.slice(0, size),
    blue: ranking.slice(ranking.length - size).reverse(),
    unranked: candidates.filter((c) => c.ratings < minRatings),
  };
}
