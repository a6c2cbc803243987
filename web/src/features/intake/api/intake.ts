import { api } from '@/lib/api-client';
import type { CaseDetail, NoticeProblem } from '@/features/cases/shared/case-api';

/** Issues the one-time correction notice: every problem of this round in one notice (clerk). */
export function issueCorrectionNotice(id: string, problems: NoticeProblem[]): Promise<CaseDetail> {
  return api.post<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}/correction-notice`, { problems });
}

/** What the clerk decides at acceptance: materials deferred (容缺) and the workdays to supply them. */
export interface AcceptInput {
  /** 告知承诺 cases only: grant at once; the department verifies the commitment afterwards. */
  grant?: boolean;
  deferredMaterials?: string[];
  supplyDays?: number;
}

/** Accepts the case (clerk); the decision clock starts today. */
export function acceptCase(id: string, input: AcceptInput): Promise<CaseDetail> {
  return api.post<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}/accept`, input);
}

/** Proposes a refusal with its reason (clerk); it takes effect only when an approver or supervisor confirms. */
export function proposeRefusal(id: string, reason: string): Promise<CaseDetail> {
  return api.post<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}/refuse`, { reason });
}

/** Confirms a proposed refusal, or declines it with an optional note (approver, supervisor). */
export function decideRefusal(id: string, confirm: boolean, note?: string): Promise<CaseDetail> {
  return api.post<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}/refuse`, { confirm, ...(note && { reason: note }) });
}

/** An applicant as counter staff see them: identifiers masked. */
export interface WalkInApplicant {
  id: string;
  username: string;
  name: string;
  type: 'person' | 'organization';
  idNumber: string | null;
  creditCode: string | null;
  phone: string;
}

/** How the clerk looks a walk-in applicant up: one exact identifier. */
export type ApplicantLookup = { idNumber: string } | { creditCode: string } | { phone: string };

/** Walk-in applicants with exactly this identifier. */
export async function findApplicants(by: ApplicantLookup, signal?: AbortSignal): Promise<WalkInApplicant[]> {
  const { applicants } = await api.get<{ applicants: WalkInApplicant[] }>('/api/v1/applicants', { query: { ...by }, signal });
  return applicants;
}

/** One applicant, masked. */
export function getApplicant(id: string, signal?: AbortSignal): Promise<WalkInApplicant> {
  return api.get<WalkInApplicant>(`/api/v1/applicants/${encodeURIComponent(id)}`, { signal });
}

/** Registering a walk-in applicant at the counter (`POST /api/v1/applicants`). */
export interface RegisterInput {
  type: 'person' | 'organization';
  username: string;
  password: string;
  name: string;
  idNumber?: string;
  creditCode?: string;
  phone: string;
}

/** Opens an account for a walk-in applicant; the clerk hands them the username and the first password. */
export function registerApplicant(input: RegisterInput): Promise<{ id: string }> {
  return api.post<{ id: string }>('/api/v1/applicants', input);
}
