import { isValidCreditCode, isValidIdNumber, isValidMobile } from '@core/identity';
import dayjs from 'dayjs';
import { isAcceptablePassword, isValidUsername } from '@/lib/account-rules';
import { api } from '@/lib/api-client';

/** 自然人 or 法人 (DOMAIN.md §1). */
export type ApplicantType = 'person' | 'organization';

/** The body of `POST /api/v1/applicants`. */
export interface RegisterApplicantInput {
  type: ApplicantType;
  username: string;
  password: string;
  name: string;
  idNumber?: string;
  creditCode?: string;
  phone: string;
}

/** The same checks the server runs, from the shared core, so most mistakes show before sending. */
export const applicantChecks = {
  // The server also refuses a birth date in the future; today's date is the browser's, close enough for a hint.
  idNumber: (value: string) => isValidIdNumber(value, dayjs().format('YYYY-MM-DD')),
  creditCode: isValidCreditCode,
  phone: isValidMobile,
  password: isAcceptablePassword,
  username: isValidUsername,
};

/** Registers an applicant account; sign in afterwards. */
export function registerApplicant(input: RegisterApplicantInput): Promise<{ id: string }> {
  return api.post<{ id: string }>('/api/v1/applicants', input);
}
