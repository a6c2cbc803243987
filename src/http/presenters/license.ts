import { formatInstant } from '../../core/clock/index.js';
import { isValidCreditCode } from '../../core/identity/credit-code.js';
import { isValidIdNumber } from '../../core/identity/id-number.js';
import { maskCreditCode, maskIdNumber, maskName } from '../../core/identity/mask.js';
import type { LicenseData, LicenseHolder } from '../../core/licenses/index.js';
import type { CaseLicense } from '../../services/licenses/case-license.js';
import type { LicenseRow } from '../../store/repositories/license-repository.js';

const ID_LABEL = { id_number: '公民身份号码', credit_code: '统一社会信用代码' } as const;

// DOMAIN.md §10: public pages show 张*, 110105********002X; an organization's name is public (it is on its
// licence and in the enterprise register), its credit code partly masked all the same.
function maskedHolder(holder: LicenseHolder) {
  const person = holder.idKind === 'id_number';
  return {
    name: person ? maskName(holder.name) : holder.name, idKind: holder.idKind, idLabel: ID_LABEL[holder.idKind],
    idNumber: person ? maskIdNumber(holder.idNumber) : maskCreditCode(holder.idNumber),
  };
}

// A data field holding an ID number or a credit code (a form's credit_code answer) is masked like the holder's.
const maskedValue = (value: string) =>
  isValidIdNumber(value) ? maskIdNumber(value) : isValidCreditCode(value) ? maskCreditCode(value) : value;

const revocation = (row: LicenseRow) => ({
  ...(row.revoked_at && { revokedAt: formatInstant(row.revoked_at) }), ...(row.revoked_reason && { revokedReason: row.revoked_reason }),
});

/** What anyone may learn from a license number. An invalid record's claims are not repeated. */
export function presentPublicLicense(row: LicenseRow, status: string, data: LicenseData | null, checkedOn: string) {
  if (!data) return { status: 'invalid' as const, number: row.number, checkedOn };
  return {
    status, number: data.number, licenseType: data.licenseType, holder: maskedHolder(data.holder), department: data.department.name,
    validity: { from: data.validFrom, until: data.validUntil }, issuedOn: data.issuedOn, scope: data.scope,
    fields: data.fields.map((field) => ({ label: field.label, value: maskedValue(field.value) })),
    ...(status === 'revoked' && revocation(row)), keyId: data.keyId, checkedOn,
  };
}

/** A case's license in full for its applicant and staff; an invalid one shows its columns, not its claims. */
export function presentCaseLicense({ row, verification, delivery }: CaseLicense) {
  const data = verification.status === 'invalid' ? null : verification.data;
  return {
    id: row.id, caseId: row.case_id, number: row.number, status: verification.status, licenseType: row.license_type,
    ...(data && { holder: { ...data.holder, idLabel: ID_LABEL[data.holder.idKind] }, scope: data.scope }),
    department: data?.department.name ?? '', validity: { from: row.valid_from, until: row.valid_until }, issuedAt: formatInstant(row.issued_at),
    fields: data?.fields ?? [], keyId: row.key_id, ...revocation(row),
    ...(delivery && {
      delivery: { method: delivery.method, ...(delivery.tracking_no && { trackingNo: delivery.tracking_no }), deliveredAt: formatInstant(delivery.delivered_at) },
    }),
    signed: { data: row.data, signature: row.signature, keyId: row.key_id },
    verifyPath: `/verify/license/${encodeURIComponent(row.number)}`, pdfPath: `/api/v1/cases/${row.case_id}/license.pdf`,
  };
}
