/**
 * The overdue report (DOMAIN.md §7 "overdue cases per department and handler for a period, with the written
 * explanations"): overdue records grouped by department, then by handler, each level with the same counts.
 * The monthly notice (通报) and the Excel and PDF exports are built from this one structure.
 */
import type { InstantInput } from '../clock/index.js';
import { explainedLate, explanationStatus, type ExplanationStatus } from './deadlines.js';
import { WARNING_KINDS, type WarningKind } from './kinds.js';

/** What the report needs of an overdue record; `source` is the record as the caller has it, carried along. */
export interface ReportRecord<S = unknown> {
  readonly caseId: string;
  readonly kind: WarningKind;
  readonly departmentId: string;
  readonly departmentName: string;
  readonly handlerId: string | null;
  readonly handlerName: string | null;
  readonly explanationDueAt: string;
  readonly explainedAt: string | null;
  readonly source: S;
}

/** The counts every level of the report carries. */
export interface ReportCounts {
  /** Overdue records (one per clock that ran out). */
  readonly overdue: number;
  /** Distinct cases with at least one record. */
  readonly cases: number;
  readonly byKind: Readonly<Record<WarningKind, number>>;
  readonly explained: number;
  readonly awaiting: number;
  /** Explanations not given by their deadline (itself a lapse). */
  readonly late: number;
  readonly explainedLate: number;
}

export type ReportEntry<S = unknown> = ReportRecord<S> & { readonly status: ExplanationStatus; readonly explainedLate: boolean };

export interface HandlerGroup<S = unknown> extends ReportCounts {
  readonly handlerId: string | null;
  readonly handlerName: string | null;
  readonly entries: readonly ReportEntry<S>[];
}

export interface DepartmentGroup<S = unknown> extends ReportCounts {
  readonly departmentId: string;
  readonly departmentName: string;
  readonly handlers: readonly HandlerGroup<S>[];
}

export interface OverdueReport<S = unknown> {
  readonly totals: ReportCounts;
  readonly departments: readonly DepartmentGroup<S>[];
}

function countsOf(entries: readonly ReportEntry<unknown>[]): ReportCounts {
  const byKind = Object.fromEntries(WARNING_KINDS.map((k) => [k, entries.filter((e) => e.kind === k).length])) as Record<WarningKind, number>;
  return {
    overdue: entries.length, cases: new Set(entries.map((e) => e.caseId)).size, byKind,
    explained: entries.filter((e) => e.status === 'explained').length, awaiting: entries.filter((e) => e.status === 'awaiting').length,
    late: entries.filter((e) => e.status === 'late').length, explainedLate: entries.filter((e) => e.explainedLate).length,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

// Most records first; ties by name, so the notice reads the same every time.
const byWeight = <T extends ReportCounts>(name: (g: T) => string) => (a: T, b: T) => b.overdue - a.overdue || name(a).localeCompare(name(b), 'zh');

/** Groups a period's records (in any order) into the report, with each explanation's status at `now`. */
export function buildOverdueReport<S>(records: readonly ReportRecord<S>[], now: InstantInput): OverdueReport<S> {
  const entries: ReportEntry<S>[] = records.map((r) => ({ ...r, status: explanationStatus(r, now), explainedLate: explainedLate(r) }));
  const departments = groupBy(entries, (e) => e.departmentId).map((inDepartment): DepartmentGroup<S> => {
    const handlers = groupBy(inDepartment, (e) => e.handlerId ?? '').map((mine): HandlerGroup<S> => ({
      handlerId: mine[0]!.handlerId, handlerName: mine[0]!.handlerName, ...countsOf(mine), entries: mine,
    })).sort(byWeight((g) => g.handlerName ?? ''));
    return { departmentId: inDepartment[0]!.departmentId, departmentName: inDepartment[0]!.departmentName, ...countsOf(inDepartment), handlers };
  }).sort(byWeight((g) => g.departmentName));
  return { totals: countsOf(entries), departments };
}
