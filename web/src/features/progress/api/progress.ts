import { api } from '@/lib/api-client';
import type { CaseResult, CaseStatus } from '@/features/cases/shared/case-api';

/** A case as anyone holding its number and query code sees it: status and dated steps, no personal data. */
export interface PublicProgress {
  caseNo: string;
  itemName: string;
  status: CaseStatus;
  result?: CaseResult;
  receivedAt: string;
  dueAt?: string;
  steps: { at: string; action: string; status: string }[];
}

/** Looks a case up by number and query code; a wrong code answers 404, like a missing case. */
export function lookUpProgress(caseNo: string, queryCode: string, signal?: AbortSignal): Promise<PublicProgress> {
  return api.get<PublicProgress>('/api/v1/public/progress', { query: { caseNo, queryCode }, signal, allowUnauthorized: true });
}
