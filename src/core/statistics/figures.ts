/**
 * The figures of DOMAIN.md §9, defined once, from counts the database adds up (never case by case):
 * - on-time conclusion rate = concluded with concludedAt ≤ dueAt / concluded;
 * - overdue = concluded with concludedAt > dueAt (超期办结), so delay rate = overdue / concluded;
 * - average working days to conclude = Σ (workdays from acceptance to conclusion − suspended workdays) / concluded
 *   (行政许可法 第四十五条: the time of hearings, tests, expert reviews … does not count);
 * - instant, online and zero-visit shares = those received / received;
 * - urge rate = cases urged / cases concluded;
 * - satisfaction and the rectification rate: core/ratings/figures.ts (one definition, shared with the public page).
 * A rate with nothing to divide by is null ("—"), never 0 % or 100 %.
 */
import { addLevelCounts, NO_RATINGS, ratingFigures, type LevelCounts, type RatingFigures } from '../ratings/figures.js';

/** What the database counts for one scope and period. */
export interface FigureCounts {
  /** Cases received (first receipt) in the period. */
  readonly received: number;
  /** …of them for instant items (即办件, promisedDays = 0). */
  readonly instant: number;
  /** …of them applied for online. */
  readonly online: number;
  /** …of them online and not collected at the window (零跑动, docs/statistics.md). */
  readonly zeroVisit: number;
  /** Cases accepted (or deemed accepted, 行政许可法 第三十二条) in the period. */
  readonly accepted: number;
  /** Cases concluded (granted or denied) in the period. */
  readonly concluded: number;
  /** …of them with concludedAt ≤ dueAt (a case without a decision clock counts as on time). */
  readonly onTime: number;
  /** …of them with concludedAt > dueAt. */
  readonly overdue: number;
  /** Σ over the concluded cases of their working days to conclude, suspended workdays excluded. */
  readonly workdays: number;
  /** Distinct cases urged (催办) in the period. */
  readonly urged: number;
  /** Counted ratings of the period per level. */
  readonly levels: LevelCounts;
  /** Bad ratings of the period whose rectification has a result. */
  readonly rectified: number;
}

/** Every §9 figure of a scope and period: the counts and the rates made from them. */
export interface Figures extends FigureCounts, RatingFigures {
  readonly onTimeRate: number | null;
  readonly delayRate: number | null;
  readonly averageWorkdays: number | null;
  readonly instantShare: number | null;
  readonly onlineShare: number | null;
  readonly zeroVisitShare: number | null;
  readonly urgeRate: number | null;
}

export const NO_COUNTS: FigureCounts = {
  received: 0, instant: 0, online: 0, zeroVisit: 0, accepted: 0, concluded: 0, onTime: 0, overdue: 0, workdays: 0, urged: 0,
  levels: NO_RATINGS, rectified: 0,
};

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

type Additive = Exclude<keyof FigureCounts, 'levels'>;
const ADDITIVE: readonly Additive[] = ['received', 'instant', 'online', 'zeroVisit', 'accepted', 'concluded', 'onTime', 'overdue', 'workdays', 'urged', 'rectified'];

/** The counts of several parts of one scope (days of a week, the groups of a total): every count adds up. */
export function addCounts(parts: readonly FigureCounts[]): FigureCounts {
  const sum = Object.fromEntries(ADDITIVE.map((key) => [key, parts.reduce((n, part) => n + part[key], 0)])) as Record<Additive, number>;
  return { ...sum, levels: addLevelCounts(parts.map((part) => part.levels)) };
}

/** The figures of one scope and period from its counts. */
export function figuresOf(counts: FigureCounts): Figures {
  return {
    ...counts,
    ...ratingFigures(counts.levels, counts.rectified),
    onTimeRate: ratio(counts.onTime, counts.concluded),
    delayRate: ratio(counts.overdue, counts.concluded),
    averageWorkdays: ratio(counts.workdays, counts.concluded),
    instantShare: ratio(counts.instant, counts.received),
    onlineShare: ratio(counts.online, counts.received),
    zeroVisitShare: ratio(counts.zeroVisit, counts.received),
    urgeRate: ratio(counts.urged, counts.concluded),
  };
}
