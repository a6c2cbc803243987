import type { Step } from './item-schema.js';

/** 即办件 (promisedDays 0: concluded the day it is accepted) or 承诺件 (DOMAIN.md glossary). */
export type Handling = 'instant' | 'promised';

/** Whether an item is instant or promised; derived from promisedDays, never stored apart from it. */
export function handlingOf(promisedDays: number): Handling {
  return promisedDays === 0 ? 'instant' : 'promised';
}

/**
 * 承诺提速率 = (statutoryDays − promisedDays) / statutoryDays (DOMAIN.md §3), to four decimals.
 * Null when the law sets no days (statutory 0): there is nothing to speed up.
 */
export function speedUpRate(statutoryDays: number, promisedDays: number): number | null {
  if (statutoryDays <= 0) return null;
  return Math.round(((statutoryDays - promisedDays) / statutoryDays) * 10_000) / 10_000;
}

/**
 * Workdays the steps take one after another. A parallel step counts once: its branches run at the
 * same time within the step's own limit (并联审批).
 */
export function stepDaysTotal(steps: readonly Pick<Step, 'workdays'>[]): number {
  return steps.reduce((sum, step) => sum + step.workdays, 0);
}
