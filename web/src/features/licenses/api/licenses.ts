import { api } from '@/lib/api-client';

export type LicenseStatus = 'valid' | 'revoked' | 'expired' | 'invalid';
export type DeliveryMethod = 'window' | 'mail' | 'download';

interface Holder {
  name: string;
  idKind: 'id_number' | 'credit_code';
  idLabel: string;
  idNumber: string;
}

/** What anyone may read about a license number (`GET /api/v1/public/licenses/:number`): the holder masked. */
export interface PublicLicense {
  status: LicenseStatus;
  number: string;
  licenseType?: string;
  holder?: Holder;
  department?: string;
  validity?: { from: string; until: string };
  issuedOn?: string;
  scope?: string;
  fields?: { label: string; value: string }[];
  revokedAt?: string;
  revokedReason?: string;
  keyId?: string;
  checkedOn: string;
}

/** A case's license for its applicant and staff in reach, with its delivery. */
export interface CaseLicense {
  id: string;
  caseId: string;
  number: string;
  status: LicenseStatus;
  licenseType: string;
  holder?: Holder;
  department: string;
  validity: { from: string; until: string };
  issuedAt: string;
  scope?: string;
  fields: { label: string; value: string }[];
  keyId: string;
  revokedAt?: string;
  revokedReason?: string;
  delivery?: { method: DeliveryMethod; trackingNo?: string; deliveredAt: string };
  verifyPath: string;
  pdfPath: string;
}

/** Verifies a license by number without signing in; an unknown number answers 404. */
export function verifyLicense(number: string, signal?: AbortSignal): Promise<PublicLicense> {
  return api.get<PublicLicense>(`/api/v1/public/licenses/${encodeURIComponent(number)}`, { signal, allowUnauthorized: true });
}

/** The license of a case; 404 when it has none (not granted). */
export function getCaseLicense(caseId: string, signal?: AbortSignal): Promise<CaseLicense> {
  return api.get<CaseLicense>(`/api/v1/cases/${encodeURIComponent(caseId)}/license`, { signal });
}

/** Revokes a license with a reason (approver, admin). */
export function revokeLicense(id: string, reason: string): Promise<CaseLicense> {
  return api.post<CaseLicense>(`/api/v1/licenses/${encodeURIComponent(id)}/revoke`, { reason });
}

/** Records the delivery of a concluded case's result (clerk, handler). */
export function deliverCase(caseId: string, method: DeliveryMethod, trackingNo?: string): Promise<unknown> {
  return api.post(`/api/v1/cases/${encodeURIComponent(caseId)}/deliver`, { method, ...(trackingNo && { trackingNo }) });
}
