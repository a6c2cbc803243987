import type { Figures, Granularity, GroupBy } from '@core/statistics/index';
import { api } from '@/lib/api-client';

/** The scope of a query: the reader's region (default), a department's subtree. */
export interface StatsScope {
  department?: string | undefined;
}

/** A span of dates, both included. */
export interface DateSpan {
  from: string;
  to: string;
}

export interface FigureRow extends Figures {
  /** Department id, item code, channel, user id or region code; null: unattributed. */
  key: string | null;
  name: string | null;
}

export interface FiguresTable {
  from: string;
  to: string;
  groupBy: GroupBy;
  region: { code: string; name: string };
  rows: FigureRow[];
  total: Figures;
}

export interface TrendBucket extends Figures {
  key: string;
  from: string;
  to: string;
}

export interface Trend {
  granularity: Granularity;
  from: string;
  to: string;
  buckets: TrendBucket[];
}

export interface RankedDepartment {
  departmentId: string;
  departmentName: string;
  rank: number;
  ratings: number;
  satisfaction: number | null;
}

export interface RedBlueBoard {
  period: string;
  minRatings: number;
  red: RankedDepartment[];
  blue: RankedDepartment[];
}

type FiguresQuery = DateSpan & StatsScope & { groupBy: GroupBy };
type TrendQuery = DateSpan & StatsScope & { granularity: Granularity };

const query = (q: object) => Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;

export const getFigures = (q: FiguresQuery, signal?: AbortSignal) => api.get<FiguresTable>('/api/v1/statistics/figures', { query: query(q), signal });
export const getTrend = (q: TrendQuery, signal?: AbortSignal) => api.get<Trend>('/api/v1/statistics/trend', { query: query(q), signal });
export const getRedBlueBoard = (month: string, region: string, signal?: AbortSignal) =>
  api.get<RedBlueBoard>('/api/v1/public/red-blue-board', { query: { period: month, region }, signal });

/** Where the Excel of each table downloads from (the session cookie goes with a plain link). */
export const figuresXlsxUrl = (q: FiguresQuery) => `/api/v1/statistics/figures.xlsx?${new URLSearchParams(query(q)).toString()}`;
export const trendXlsxUrl = (q: TrendQuery) => `/api/v1/statistics/trend.xlsx?${new URLSearchParams(query(q)).toString()}`;
