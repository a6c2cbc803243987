import type { CaseResult, CaseStatus } from '@core/cases/status';
import type { WarningLevel } from '@core/clock/warning';
import { api } from '@/lib/api-client';

export type { CaseResult, CaseStatus, WarningLevel };

/** A case as lists show it (`GET /api/v1/cases`): status, clocks and warning, no form data. */
export interface CaseSummary {
  id: string;
  caseNo: string;
  itemCode: string;
  itemName: string;
  status: CaseStatus;
  result?: CaseResult;
  channel: 'online' | 'window' | string;
  departmentId: string;
  /** 1 for the first submission; each resubmission after a correction notice starts the next round. */
  round: number;
  receivedAt: string;
  acceptanceDueAt?: string;
  acceptedAt?: string;
  dueAt?: string;
  statutoryDueAt?: string;
  supplementDueAt?: string;
  warning: WarningLevel;
  remainingWorkdays?: number;
  deemedAccepted: boolean;
  suspendedWorkdays: number;
  extensionDays: number;
  /** 告知承诺: the applicant's signed commitment stands in for the listed materials. */
  commitment: boolean;
}

/** One dated step of a case (its timeline). */
export interface TimelineEvent {
  at: string;
  action: string;
  statusFrom: string | null;
  statusTo: string;
  actorId: string | null;
  details: Record<string, unknown>;
}

/** One problem of a one-time correction notice. */
export interface NoticeProblem {
  materialCode: string;
  problem: string;
}

/** 一次性告知: every problem of one round. */
export interface CorrectionNotice {
  round: number;
  issuedAt: string;
  supplementDueAt: string;
  problems: NoticeProblem[];
}

/** A material of a case: the file handed in online, or `null` for a paper original at the window. */
export interface CaseMaterial {
  code: string;
  fileId: string | null;
}

/** One case in full (`GET /api/v1/cases/:id`). */
export interface CaseDetail extends CaseSummary {
  /** Only the applicant is given the query code. */
  queryCode?: string;
  applicantId: string;
  form: Record<string, unknown>;
  materials: CaseMaterial[];
  deferredMaterials: string[];
  supplyDueAt?: string;
  refusalReason?: string;
  timeline: TimelineEvent[];
  correctionNotices: CorrectionNotice[];
}

/** Filters of the case list. */
export interface CaseFilter {
  status?: readonly CaseStatus[];
  warning?: Exclude<WarningLevel, 'none'>;
  itemCode?: string | undefined;
  /** Legal dates (YYYY-MM-DD), both ends included. */
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
  /** Part of the case number. */
  q?: string | undefined;
  /** By receipt: oldest first (the default) or newest first. */
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

/** A page of cases and how many match. */
export interface CasePage {
  cases: CaseSummary[];
  total: number;
}

/** Cases the user reaches (staff) or owns (applicant), oldest first. */
export function listCases(filter: CaseFilter, signal?: AbortSignal): Promise<CasePage> {
  const { status, ...rest } = filter;
  return api.get<CasePage>('/api/v1/cases', { query: { ...rest, status: status?.join(',') }, signal });
}

/**
 * The same list newest first (an applicant's own cases): the API answers oldest first, so the page is
 * read from the end and turned round. Two requests: the first only learns the total.
 */
export async function listCasesNewestFirst(filter: Omit<CaseFilter, 'limit' | 'offset'>, page: number, pageSize: number, signal?: AbortSignal): Promise<CasePage> {
  const { total } = await listCases({ ...filter, limit: 1 }, signal);
  const end = total - (page - 1) * pageSize;
  if (end <= 0) return { cases: [], total };
  const offset = Math.max(0, end - pageSize);
  const { cases } = await listCases({ ...filter, limit: end - offset, offset }, signal);
  return { cases: [...cases].reverse(), total };
}

/** One case with its timeline and correction notices. */
export function getCase(id: string, signal?: AbortSignal): Promise<CaseDetail> {
  return api.get<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}`, { signal });
}

/** The notices a case can have as PDF. */
export const DOCUMENT_KINDS = ['acceptance_notice', 'correction_notice', 'refusal_notice', 'decision'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Where a notice's PDF is served (inline, for the browser's viewer and its print button). */
export function documentUrl(caseId: string, kind: DocumentKind): string {
  return `/api/v1/cases/${encodeURIComponent(caseId)}/documents/${kind}`;
}

/** The notices a case has by now: what the server would answer 200 for, read from the case itself. */
export function availableDocuments(c: CaseDetail): DocumentKind[] {
  const kinds: DocumentKind[] = [];
  if (c.acceptedAt) kinds.push('acceptance_notice');
  if (c.correctionNotices.length > 0) kinds.push('correction_notice');
  if (c.status === 'refused') kinds.push('refusal_notice');
  if (c.result) kinds.push('decision');
  return kinds;
}
