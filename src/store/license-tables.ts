/**
 * Tables of electronic licenses and deliveries (migration 0014, docs/licenses.md). A license row keeps the
 * exact canonical text its Ed25519 signature covers (`data`); the other columns repeat what queries need
 * (number, case, department, validity) and what happened since issue (revocation).
 */

/** 电子证照: one per granted case. */
export interface LicenseTable {
  id: string;
  number: string;
  case_id: string;
  department_id: string;
  region_code: string;
  license_type: string;
  holder_name: string;
  valid_from: string;
  valid_until: string;
  issued_at: string;
  /** The signing key (`<region>-k<n>`); its PEM lives in the key directory, never in the database. */
  key_id: string;
  /** The canonical JSON that was signed. */
  data: string;
  /** Base64 Ed25519 signature over `data`. */
  signature: string;
  status: 'valid' | 'revoked';
  revoked_at: string | null;
  revoked_by: string | null;
  revoked_reason: string | null;
}

/** The last license serial of a region in a year. */
export interface LicenseSequenceTable {
  region_code: string;
  year: number;
  last: number;
}

/** 送达 (行政许可法 第四十四条): how a concluded case's result reached the applicant. One per case. */
export interface DeliveryTable {
  case_id: string;
  method: 'window' | 'mail' | 'download';
  tracking_no: string | null;
  delivered_at: string;
  /** The staff member who handed it over, or the applicant who downloaded it. */
  delivered_by: string;
}
