/** The guessing throttle of the public lookups (migration 0019, docs/security.md). */

/** One counted key in its current window. */
export interface LookupAttemptTable {
  /** `case` (the subject is a case number) or `ip` (a client address). */
  scope: 'case' | 'ip';
  subject: string;
  /** UTC ISO instant of the window's first counted attempt; the window lasts an hour. */
  window_start: string;
  /** Wrong codes in the window, plus the lookups checking their code right now (counted first, released if right). */
  attempts: number;
}
