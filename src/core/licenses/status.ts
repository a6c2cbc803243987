/**
 * What the public verification page says about a license (DOMAIN.md §4, issue 6): the signature is checked
 * first, so a record changed by even one byte is `invalid` whatever else it says; then revocation
 * (行政许可法 第六十九条, 第七十条), then the validity period, in Asia/Shanghai dates.
 */
import type { LocalDate } from '../calendar/index.js';
import type { LicenseData } from './license.js';
import { LICENSE_DATA_VERSION } from './license.js';

export const LICENSE_STATUSES = ['valid', 'revoked', 'expired', 'invalid'] as const;
export type LicenseStatus = (typeof LICENSE_STATUSES)[number];

/** A stored license as verification sees it: the signed text, its signature, and what happened since. */
export interface StoredLicense {
  readonly number: string;
  readonly keyId: string;
  /** The canonical text that was signed. */
  readonly data: string;
  /** Base64 Ed25519 signature over `data`. */
  readonly signature: string;
  readonly revoked: boolean;
}

/** Checks an Ed25519 signature with the published key `keyId`; false for an unknown key. Supplied by the service. */
export type VerifySignature = (keyId: string, message: string, signature: string) => boolean;

/** The outcome of a verification: the status, and the signed data when it can be trusted. */
export type Verification =
  | { readonly status: 'invalid' }
  | { readonly status: Exclude<LicenseStatus, 'invalid'>; readonly data: LicenseData };

function parseData(text: string): LicenseData | null {
  try {
    const data = JSON.parse(text) as Partial<LicenseData> | null;
    return data && data.v === LICENSE_DATA_VERSION && typeof data.number === 'string' && typeof data.validUntil === 'string'
      ? data as LicenseData : null;
  } catch {
    return null;
  }
}

/**
 * Verifies a stored license on `today`. The signed data must also name the same number and key as the
 * record, so a valid license's data cannot be moved under another number.
 */
export function verifyLicense(stored: StoredLicense, verify: VerifySignature, today: LocalDate): Verification {
  if (!verify(stored.keyId, stored.data, stored.signature)) return { status: 'invalid' };
  const data = parseData(stored.data);
  if (!data || data.number !== stored.number || data.keyId !== stored.keyId) return { status: 'invalid' };
  if (stored.revoked) return { status: 'revoked', data };
  return { status: today > data.validUntil ? 'expired' : 'valid', data };
}
