/**
 * Revoking a license (撤销 / 吊销, 行政许可法 第六十九条, 第七十条): an approver or admin who reaches the
 * issuing department's case marks it revoked with a reason. The signed data stays as it was, so the
 * verification page still proves what was issued, and says it is revoked.
 */
import type { Case } from '../../core/cases/case.js';
import { DomainError } from '../../core/errors.js';
import { caseFromRow, selectCaseWithPath } from '../../store/repositories/case-repository.js';
import { findLicense, findLicenseByCase, revokeLicenseRow, type LicenseRow } from '../../store/repositories/license-repository.js';
import { requireActor } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadCaseFor } from '../cases/change-case.js';
import { notifyApplicant } from '../cases/notify-applicant.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';

/** Revokes the row and tells the holder (the case's applicant) through the outbox, in the same transaction. */
async function revokeRow(trx: Trx, ctx: Ctx, row: LicenseRow, c: Case, reason: string, now: string): Promise<boolean> {
  const revoked = await revokeLicenseRow(trx, row.id, ctx.actor?.userId ?? null, reason, now);
  if (revoked) {
    await recordAudit(trx, ctx, { entity: 'license', entityId: row.id, action: 'license.revoke', before: { status: row.status }, after: { status: 'revoked', reason } });
    await notifyApplicant(trx, ctx, c, 'license.revoked', { licenseNo: row.number, reason });
  }
  return revoked;
}

/** Revokes a license by id; another department's staff learn nothing (404). */
export async function revokeLicense(ctx: Ctx, licenseId: string, reason: string): Promise<LicenseRow> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  return inTransaction(ctx, async (trx) => {
    const row = await findLicense(trx, licenseId);
    if (!row || actor.kind !== 'staff') throw new DomainError('request.not_found');
    const c = await loadCaseFor(trx, ctx, actor, row.case_id, { roles: ['approver', 'admin'] });
    if (!(await revokeRow(trx, ctx, row, c, reason, nowIso(ctx)))) throw new DomainError('license.already_revoked');
    return (await findLicense(trx, licenseId)) ?? row;
  });
}

/** Revokes the license of a case whose grant is revoked (告知承诺 breach), in that change's transaction. */
export async function revokeCaseLicense(trx: Trx, ctx: Ctx, caseId: string, reason: string, now: string): Promise<void> {
  const row = await findLicenseByCase(trx, caseId);
  if (!row) return;
  const c = caseFromRow(await selectCaseWithPath(trx).where('cases.id', '=', caseId).executeTakeFirstOrThrow());
  await revokeRow(trx, ctx, row, c, reason, now);
}
