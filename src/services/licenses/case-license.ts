/**
 * A case's license for its applicant and staff in reach: the record with its verification and delivery,
 * and the PDF (国务院令第716号 第十条). The applicant's own download of a granted case's license is its
 * delivery by download (送达, 行政许可法 第四十四条), refused while deferred materials are owed.
 */
import type { LicenseInput } from '../../documents/index.js';
import { DomainError } from '../../core/errors.js';
import type { LicenseData, Verification } from '../../core/licenses/index.js';
import { findDelivery, findLicenseByCase, type DeliveryRow, type LicenseRow } from '../../store/repositories/license-repository.js';
import { requireActor } from '../access/authorize.js';
import { changeCase, loadCaseFor } from '../cases/change-case.js';
import { deliveryChange } from '../cases/deliver-case.js';
import type { Ctx } from '../context.js';
import { inTransaction } from '../context.js';
import { verifyRow } from './verify-license.js';

const READERS = { applicant: true, roles: ['admin', 'supervisor', 'analyst', 'clerk', 'handler', 'approver'] } as const;

/** A license as its case shows it. */
export interface CaseLicense {
  readonly row: LicenseRow;
  readonly verification: Verification;
  readonly delivery: DeliveryRow | null;
}

/** The license of a case; 404 when the case is out of reach or has none (not granted). */
export async function caseLicense(ctx: Ctx, caseId: string): Promise<CaseLicense> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  const { row, delivery } = await inTransaction(ctx, async (trx) => {
    await loadCaseFor(trx, ctx, actor, caseId, READERS);
    return { row: await findLicenseByCase(trx, caseId), delivery: (await findDelivery(trx, caseId)) ?? null };
  });
  if (!row) throw new DomainError('request.not_found');
  return { row, delivery, verification: await verifyRow(ctx, row) };
}

/** The public verification page a license's QR code opens. */
export function licenseVerifyUrl(origin: string, number: string): string {
  return `${origin}/verify/license/${encodeURIComponent(number)}`;
}

/** The renderer's input from signed data: what the PDF says is exactly what was signed. */
export function licenseDocument(data: LicenseData, origin: string): LicenseInput {
  return {
    kind: 'license', agency: { name: data.department.name }, verifyUrl: licenseVerifyUrl(origin, data.number), issuedOn: data.issuedOn,
    licenseType: data.licenseType, licenseNo: data.number, scope: data.scope, validFrom: data.validFrom, validUntil: data.validUntil,
    holder: { name: data.holder.name, idLabel: data.holder.idKind === 'credit_code' ? '统一社会信用代码' : '公民身份号码', idNumber: data.holder.idNumber },
    fields: data.fields,
  };
}

/**
 * The license PDF's input. A record that fails verification is not printed (409 `license.invalid`). When the
 * applicant downloads the license of a concluded case, the case is delivered by download first.
 */
export async function licensePdf(ctx: Ctx, caseId: string, origin: string): Promise<{ input: LicenseInput; number: string }> {
  const license = await caseLicense(ctx, caseId);
  if (license.verification.status === 'invalid') throw new DomainError('license.invalid');
  const applicant = ctx.actor?.kind === 'applicant' ? ctx.actor : null;
  if (applicant && !license.delivery && license.verification.status === 'valid') {
    try {
      await changeCase(ctx, caseId, 'deliver', { applicant: true }, (current, _calendar, now) =>
        deliveryChange(ctx, current, now, { method: 'download' }, applicant.userId));
    } catch (error) {
      // Delivered meanwhile (another download, or the window): the download goes ahead.
      if (!(error instanceof DomainError && error.code === 'case.invalid_transition')) throw error;
    }
  }
  return { input: licenseDocument(license.verification.data, origin), number: license.row.number };
}
