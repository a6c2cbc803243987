import { api } from '@/lib/api-client';
import type { CaseDetail } from '../shared/case-api';

/** An applicant's own profile (`GET /api/v1/applicants/:id`), used to fill the identity fields of a form. */
export interface ApplicantProfile {
  id: string;
  name: string;
  type: 'person' | 'organization';
  idNumber: string | null;
  creditCode: string | null;
  phone: string;
}

/** The signed-in applicant's profile. */
export function getOwnProfile(id: string, signal?: AbortSignal): Promise<ApplicantProfile> {
  return api.get<ApplicantProfile>(`/api/v1/applicants/${encodeURIComponent(id)}`, { signal });
}

/** Supplements after a correction notice: the materials named (new files), which starts a new round. */
export function resubmitCase(id: string, materials: { code: string; fileId?: string }[]): Promise<CaseDetail> {
  return api.post<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}/resubmit`, { materials });
}

/** Withdraws the application before conclusion. */
export function withdrawCase(id: string, reason?: string): Promise<CaseDetail> {
  return api.post<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}/withdraw`, reason ? { reason } : {});
}

/** Hands in materials deferred at acceptance (容缺补交); those not handed in stay owed. */
export function supplyDeferred(id: string, materials: { code: string; fileId?: string }[]): Promise<CaseDetail> {
  return api.post<CaseDetail>(`/api/v1/cases/${encodeURIComponent(id)}/supply`, { materials });
}
