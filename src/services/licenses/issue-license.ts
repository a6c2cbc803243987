/**
 * Issuing the license of a grant (行政许可法 第三十九条, 第四十四条; DOMAIN.md §5 delivery clock). It runs in
 * the conclusion's own transaction (`changeCase(…, 'conclude')`'s `also`), so a granted case always has
 * its license and a failed signature rolls the grant back. The number's serial and the signature are
 * made here; the key file is read outside the database.
 */
import type { Case } from '../../core/cases/case.js';
import type { ItemVersion } from '../../core/catalog/types.js';
import { localDateOf } from '../../core/clock/index.js';
import { DomainError } from '../../core/errors.js';
import {
  LICENSE_DATA_VERSION, formatLicenseNo, licenseFields, licenseOfItem, signedText, validUntil, type LicenseData,
  type LicenseHolder,
} from '../../core/licenses/index.js';
import { findApplicantProfile } from '../../store/repositories/applicant-repository.js';
import { findDepartment } from '../../store/repositories/department-repository.js';
import { insertLicense, nextLicenseSerial } from '../../store/repositories/license-repository.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadItemVersion } from '../cases/case-item.js';
import type { Ctx, Trx } from '../context.js';
import { keyStoreFor } from './key-store.js';

/** The applicant as the license needs them, as `findApplicantProfile` reads them. */
type ApplicantProfile = Awaited<ReturnType<typeof findApplicantProfile>>;

/** The holder: the applicant, by resident ID number (a person) or unified social credit code (an organization). */
function holderOf(profile: ApplicantProfile): LicenseHolder {
  const byCredit = profile?.type === 'organization';
  const idNumber = byCredit ? profile.credit_code : profile?.id_number;
  if (!profile || !idNumber) throw new DomainError('internal');
  return { name: profile.name, idKind: byCredit ? 'credit_code' : 'id_number', idNumber };
}

/** What a caller may have read already in the transaction: the case's item version and its applicant. */
export interface LicenseSources {
  readonly item: ItemVersion;
  readonly applicant: ApplicantProfile;
}

/** Issues and signs the license of a case just granted on `now`; returns its number. */
export async function issueLicense(trx: Trx, ctx: Ctx, c: Case, now: string, read?: LicenseSources): Promise<string> {
  const keys = keyStoreFor(ctx);
  // The key folder is listed while the database is read.
  const [item, department, applicant, keyId] = await Promise.all([
    read?.item ?? loadItemVersion(trx, c.itemVersionId), findDepartment(trx, c.departmentId),
    read ? read.applicant : findApplicantProfile(trx, c.applicantId), keys.currentKeyId(c.regionCode),
  ]);
  const holder = holderOf(applicant);
  const issuedOn = localDateOf(now);
  const year = Number(issuedOn.slice(0, 4));
  const number = formatLicenseNo(c.regionCode, year, await nextLicenseSerial(trx, c.regionCode, year));
  // The version the case was filed under names the license and its validity (the catalog, docs/licenses.md).
  const license = licenseOfItem(item.content);
  const data: LicenseData = {
    v: LICENSE_DATA_VERSION, number, licenseType: license.name, caseNo: c.caseNo, itemCode: c.itemCode, holder,
    scope: c.itemName, fields: licenseFields(item.content.form ?? [], c.form),
    department: { id: c.departmentId, name: department?.name ?? '' }, regionCode: c.regionCode,
    issuedOn, validFrom: issuedOn, validUntil: validUntil(issuedOn, license.validYears), keyId,
  };
  const text = signedText(data);
  const id = ctx.newId();
  await insertLicense(trx, {
    id, number, case_id: c.id, department_id: c.departmentId, region_code: c.regionCode, license_type: data.licenseType,
    holder_name: holder.name, valid_from: data.validFrom, valid_until: data.validUntil, issued_at: now, key_id: keyId,
    data: text, signature: await keys.sign(keyId, text), status: 'valid', revoked_at: null, revoked_by: null, revoked_reason: null,
  });
  await recordAudit(trx, ctx, { entity: 'license', entityId: id, action: 'license.issue', after: { number, caseId: c.id, keyId, validUntil: data.validUntil } });
  return number;
}
