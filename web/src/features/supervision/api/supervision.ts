import type { AlertLevel, WarningKind } from '@core/supervision/kinds';
import type { ExplanationStatus } from '@core/supervision/deadlines';
import type { UrgeStatus } from '@core/supervision/urge-rules';
import { api } from '@/lib/api-client';

export type { AlertLevel, ExplanationStatus, UrgeStatus, WarningKind };

export interface CaseWarning {
  id: string;
  caseNo: string;
  itemCode: string;
  itemName: string;
  status: string;
  kind: WarningKind;
  warning: AlertLevel;
  departmentId: string;
  departmentName: string;
  dueAt: string;
  statutoryBreach: boolean;
  remainingWorkdays: number;
}

export interface TaskWarning {
  id: string;
  caseId: string;
  caseNo: string;
  itemName: string;
  stepKey: string;
  warning: AlertLevel;
  departmentName: string;
  assigneeName: string | null;
  dueAt: string;
  remainingWorkdays: number;
}

export interface WarningList {
  cases: CaseWarning[];
  tasks: TaskWarning[];
  totalCases: number;
  totalTasks: number;
}

/** What the drill-down narrows to: a department (its subtree) or an item, and a light. */
export interface WarningFilter {
  department?: string | undefined;
  item?: string | undefined;
  level?: AlertLevel | undefined;
}

export interface OverdueRecord {
  id: string;
  caseId: string;
  caseNo: string;
  itemName: string;
  kind: WarningKind;
  departmentName: string;
  handlerName: string | null;
  dueAt: string;
  overdueOn: string;
  explanationDueAt: string;
  status: ExplanationStatus;
  explainedLate: boolean;
  explanation: string | null;
  explainedByName: string | null;
  explainedAt: string | null;
}

export interface Urge {
  id: string;
  caseId: string;
  caseNo: string;
  itemName: string;
  taskId: string | null;
  departmentName: string;
  message: string;
  replyDueAt: string;
  status: UrgeStatus;
  createdAt: string;
  reply: string | null;
  repliedAt: string | null;
}

/** One line of the supervision board: a department or an item with its red and yellow counts. */
export interface BoardLine {
  key: string;
  name: string;
  cases: { red: number; yellow: number; statutory: number };
  tasks: { red: number; yellow: number };
}

export interface WarningBoard {
  asOf: string;
  totals: { cases: { red: number; yellow: number; statutory: number }; tasks: { red: number; yellow: number } };
  departments: BoardLine[];
  items: BoardLine[];
}

export const getWarningBoard = (signal?: AbortSignal) => api.get<WarningBoard>('/api/v1/supervision/board', { signal });
export const getWarnings = (filter: WarningFilter, signal?: AbortSignal) =>
  api.get<WarningList>('/api/v1/supervision/warnings', { query: { ...filter, limit: 100 }, signal });
export const getOverdueRecords = (query: { mine?: boolean; from?: string; to?: string }, signal?: AbortSignal) =>
  api.get<{ records: OverdueRecord[]; total: number }>('/api/v1/supervision/overdue-records', { query: { ...query, limit: 200 }, signal });
export const explainOverdue = (id: string, text: string) =>
  api.post<OverdueRecord>(`/api/v1/supervision/overdue-records/${encodeURIComponent(id)}/explanation`, { text });
export const getUrges = (query: { mine?: boolean }, signal?: AbortSignal) => api.get<{ urges: Urge[]; total: number }>('/api/v1/urges', { query: { ...query, limit: 200 }, signal });
export const urgeCase = (caseId: string, input: { message: string; replyWorkdays: number; taskId?: string | undefined }) =>
  api.post<Urge>(`/api/v1/cases/${encodeURIComponent(caseId)}/urges`, input);
export const acknowledgeUrge = (id: string) => api.post<Urge>(`/api/v1/urges/${encodeURIComponent(id)}/ack`);
export const replyToUrge = (id: string, text: string) => api.post<Urge>(`/api/v1/urges/${encodeURIComponent(id)}/reply`, { text });

/** The files of supervision: the monthly notice (通报) as PDF and Excel, the overdue report as Excel. */
export const noticePdfUrl = (month: string) => `/api/v1/supervision/monthly-notice.pdf?month=${month}`;
export const noticeXlsxUrl = (month: string) => `/api/v1/supervision/monthly-notice.xlsx?month=${month}`;
export const BOARD_XLSX_URL = '/api/v1/supervision/board.xlsx';
export const overdueXlsxUrl = (from: string, to: string) => `/api/v1/supervision/overdue-report.xlsx?from=${from}&to=${to}`;
