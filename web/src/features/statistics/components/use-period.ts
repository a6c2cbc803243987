import { periodOf, PERIOD_KINDS, type PeriodKind } from '@core/statistics/periods';
import type { LocalDate } from '@core/calendar/local-date';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { todayInShanghai } from '@/features/cases/shared/format';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The dashboard's period and scope, kept in the address (`?period=month&date=…`, `?period=custom&from=…&to=…`, `&department=…`). */
export interface PeriodState {
  kind: PeriodKind;
  /** The date the period is picked by (day, week, month). */
  date: string;
  from: string;
  to: string;
  department: string | undefined;
}

function read(params: URLSearchParams): PeriodState {
  const kind = (PERIOD_KINDS as readonly string[]).includes(params.get('period') ?? '') ? (params.get('period') as PeriodKind) : 'month';
  const date = DATE.test(params.get('date') ?? '') ? (params.get('date') as string) : todayInShanghai();
  const department = params.get('department') ?? undefined;
  if (kind === 'custom') {
    const from = DATE.test(params.get('from') ?? '') ? (params.get('from') as string) : date;
    const to = DATE.test(params.get('to') ?? '') ? (params.get('to') as string) : date;
    return { kind, date, from: from <= to ? from : to, to: from <= to ? to : from, department };
  }
  const span = periodOf(kind, date as LocalDate);
  return { kind, date, from: span.from, to: span.to, department };
}

/** The period state and a setter that merges changes into the address. */
export function usePeriod(): [PeriodState, (next: Partial<Omit<PeriodState, 'from' | 'to'>> & { from?: string; to?: string }) => void] {
  const [params, setParams] = useSearchParams();
  const state = read(params);
  const set = useCallback((next: Partial<PeriodState>) => {
    const merged = { ...read(params), ...next };
    const entries: [string, string | undefined][] = [
      ['period', merged.kind], ['date', merged.kind === 'custom' ? undefined : merged.date],
      ['from', merged.kind === 'custom' ? merged.from : undefined], ['to', merged.kind === 'custom' ? merged.to : undefined],
      ['department', merged.department],
    ];
    setParams(Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')), { replace: true });
  }, [params, setParams]);
  return [state, set];
}
