/**
 * The guessing throttle of the public lookups by case number and query code (progress, ratings). A query code
 * has 6 digits: unthrottled, a million guesses find any case. Wrong codes are counted per case number and per
 * client address in fixed one-hour windows; past the limit a key answers 429 until its window ends, even to the
 * right code, so guessing on stays pointless. Why: 个人信息保护法 第五十一条 (technical measures against unauthorized
 * access to personal information) and GB/T 22239-2019 (等保 2.0) 8.1.4.1 b) (limit failed attempts), applied to the
 * query code as the login lockout applies them to passwords.
 */

/** How long a window of counted wrong codes lasts, from the first one. */
export const LOOKUP_WINDOW_MINUTES = 60;

/** Wrong codes allowed in one window: per case number, and per client address (which may try many cases). */
export const LOOKUP_LIMITS = { case: 5, ip: 30 } as const;

export type LookupScope = keyof typeof LOOKUP_LIMITS;

/** One counted key after this lookup was counted in it: its wrong codes so far (this one included) and window. */
export interface LookupCount {
  readonly scope: LookupScope;
  readonly attempts: number;
  /** UTC ISO instant of the window's first counted attempt. */
  readonly windowStart: string;
}

export type LookupVerdict = { readonly allowed: true } | { readonly allowed: false; readonly reopensAt: string };

const WINDOW_MS = LOOKUP_WINDOW_MINUTES * 60_000;

/** Windows that started at or before this instant have ended at `nowMs`: the next attempt opens a new one. */
export function windowCutoff(nowMs: number): string {
  return new Date(nowMs - WINDOW_MS).toISOString();
}

/** When a window ends and its key answers again. */
export function windowEnd(windowStart: string): string {
  return new Date(Date.parse(windowStart) + WINDOW_MS).toISOString();
}

/**
 * Whether the lookup may check its code. Each key counts this lookup before the code is checked, so concurrent
 * guesses cannot all slip past the limit: the attempt over the limit is refused until the latest window it
 * exceeds ends.
 */
export function lookupVerdict(counts: readonly LookupCount[]): LookupVerdict {
  const over = counts.filter((count) => count.attempts > LOOKUP_LIMITS[count.scope]).map((count) => windowEnd(count.windowStart));
  if (over.length === 0) return { allowed: true };
  return { allowed: false, reopensAt: over.reduce((latest, end) => (end > latest ? end : latest)) };
}
