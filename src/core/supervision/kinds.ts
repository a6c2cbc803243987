/**
 * Which clock a warning is about (DOMAIN.md §5, §7). A case runs one office clock at a time, stored as
 * `yellow_at`/`red_at`; which one follows from its status. The statutory limit is watched beside it, and
 * every workflow task has its own step clock.
 */
import type { CaseStatus } from '../cases/status.js';

/** The office clock a case runs in a status. */
export const RUNNING_CLOCKS = {
  // 行政许可法 第三十二条: accept, refuse or issue the correction notice within 5 workdays of receipt.
  acceptance: ['submitted', 'refusal_pending'],
  // 行政许可法 第四十二条: decide within the promised (and, at most, statutory) limit.
  decision: ['in_progress'],
  // 行政许可法 第四十四条: deliver the license within 10 workdays of the grant.
  delivery: ['concluded'],
  // 行政许可法 第四十五条: time stands still, but a suspension open past the length the applicant was told is
  // overdue (DOMAIN.md §5); it has no yellow phase (core/cases/case-suspension.ts).
  suspension: ['suspended'],
} as const satisfies Record<string, readonly CaseStatus[]>;

export type RunningClockKind = keyof typeof RUNNING_CLOCKS;

/**
 * Statuses in which passing statutoryDueAt is a breach (DOMAIN.md §5 "recorded and reported separately").
 * Not while suspended: 行政许可法 第四十五条 takes that time out of the period, and the stored limit moves
 * when the case resumes.
 */
export const STATUTORY_STATUSES: readonly CaseStatus[] = ['in_progress'];

/** Every kind a warning, a notice or an overdue record can have. */
export const WARNING_KINDS = ['acceptance', 'decision', 'delivery', 'suspension', 'statutory', 'step'] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

/** The warning kinds of a case (as opposed to a task's step clock). */
export const CASE_WARNING_KINDS: readonly WarningKind[] = ['acceptance', 'decision', 'delivery', 'suspension', 'statutory'];

/** Warning levels that mean something to supervision ('none' is not listed). */
export const ALERT_LEVELS = ['yellow', 'red'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

/** Statuses of a task whose step clock still runs. */
export const ACTIVE_TASK_STATUSES = ['open', 'claimed'] as const;

/** Every status in which some office clock of a case runs. */
export const CLOCKED_STATUSES: readonly CaseStatus[] = Object.values(RUNNING_CLOCKS).flat();

/** The office clock a case runs in `status`, or null (waiting for the applicant, suspended, or over). */
export function runningClockKind(status: CaseStatus): RunningClockKind | null {
  for (const [kind, statuses] of Object.entries(RUNNING_CLOCKS)) {
    if ((statuses as readonly CaseStatus[]).includes(status)) return kind as RunningClockKind;
  }
  return null;
}

/** The case statuses a warning kind applies to; empty for the step clock, which lives on tasks. */
export function caseStatusesOf(kind: WarningKind): readonly CaseStatus[] {
  if (kind === 'step') return [];
  return kind === 'statutory' ? STATUTORY_STATUSES : RUNNING_CLOCKS[kind];
}
