/**
 * A region's rating settings: the rectification deadline (DOMAIN.md §8: "set per region (default 15
 * workdays)") and the red-blue board's minimum number of ratings. A region without settings of its own
 * inherits those of the nearest region above it.
 */
import { DEFAULT_BOARD_MIN_RATINGS } from './board.js';
import { DEFAULT_RECTIFICATION_DAYS } from './rectification.js';

export interface RatingSettings {
  readonly rectificationDays: number;
  readonly boardMinRatings: number;
}

export const DEFAULT_RATING_SETTINGS: RatingSettings = {
  rectificationDays: DEFAULT_RECTIFICATION_DAYS, boardMinRatings: DEFAULT_BOARD_MIN_RATINGS,
};

/** Bounds an admin may set: a deadline of 1 to 60 workdays, a board minimum of 1 to 1000 ratings. */
export const SETTING_LIMITS = { rectificationDays: { min: 1, max: 60 }, boardMinRatings: { min: 1, max: 1000 } } as const;

/**
 * The regions whose settings may apply to a region, nearest first: itself, then its county (for a 9-digit
 * township code), city and province (GB/T 2260 codes share their leading digits).
 */
export function settingLineage(regionCode: string): string[] {
  const county = regionCode.slice(0, 6);
  const lineage = [regionCode, county, `${county.slice(0, 4)}00`, `${county.slice(0, 2)}0000`];
  return lineage.filter((code, index) => lineage.indexOf(code) === index);
}

/** The settings in force for a region: the nearest stored ones, else the defaults; `from` names their region. */
export function settingsFor(regionCode: string, stored: ReadonlyMap<string, RatingSettings>): { settings: RatingSettings; from: string | null } {
  for (const code of settingLineage(regionCode)) {
    const settings = stored.get(code);
    if (settings) return { settings, from: code };
  }
  return { settings: DEFAULT_RATING_SETTINGS, from: null };
}
