import { acceptLanguage, apiErrorOf, networkError } from './http';
import type { CaseMaterial } from './case-api';

/** The body of `POST /api/v1/cases`. */
export interface ApplicationInput {
  itemCode: string;
  form: Record<string, unknown>;
  /** A material with a file was uploaded; one without was handed in on paper at the window. */
  materials: { code: CaseMaterial['code']; fileId?: string }[];
  /** At the window: the walk-in applicant, and `channel: 'window'`. */
  applicantId?: string;
  channel?: 'window';
  /** 告知承诺, where the item allows it: the signed commitment replaces the listed materials. */
  commitment?: boolean;
  /** The applicant's saved draft this application finishes; the server removes it with the submission. */
  draftId?: string;
}

/** What the office answers a submission with: the case number and the query code for the public lookup. */
export interface SubmittedCase {
  id: string;
  caseNo: string;
  queryCode: string;
  status: 'submitted';
  acceptanceDueAt: string | null;
}

/**
 * A fresh key for one application attempt; reused on every retry of that attempt. getRandomValues,
 * not randomUUID: a hall's intranet may serve the pages over plain http, where randomUUID is missing.
 */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Submits an application with an `Idempotency-Key`: a retry after a lost answer gets the first case,
 * never a second one (DOMAIN.md §4). The shared API client sends no custom headers, hence this fetch.
 */
export async function submitApplication(input: ApplicationInput, idempotencyKey: string): Promise<SubmittedCase> {
  let response: Response;
  try {
    response = await fetch('/api/v1/cases', {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'Accept-Language': acceptLanguage(), 'Idempotency-Key': idempotencyKey },
      body: JSON.stringify(input),
    });
  } catch {
    throw networkError();
  }
  const text = await response.text();
  if (!response.ok) throw apiErrorOf(response.status, response.statusText, text);
  return JSON.parse(text) as SubmittedCase;
}
