import { localDateOf } from '../../core/clock/index.js';
import { DomainError } from '../../core/errors.js';
import { isLicenseNo, verifyLicense, type Verification } from '../../core/licenses/index.js';
import { findLicenseByNumber, type LicenseRow } from '../../store/repositories/license-repository.js';
import type { Deps } from '../context.js';
import { nowIso } from '../context.js';
import { keyStoreFor } from './key-store.js';

/**
 * Verifies a stored license today (Asia/Shanghai): the signature is recomputed with the published key the
 * license names, so a changed record is `invalid`; then revocation and validity (core/licenses/status.ts).
 */
export async function verifyRow(deps: Deps, row: LicenseRow): Promise<Verification> {
  const verify = await keyStoreFor(deps).verifierFor(row.key_id);
  const stored = { number: row.number, keyId: row.key_id, data: row.data, signature: row.signature, revoked: row.status === 'revoked' };
  return verifyLicense(stored, verify, localDateOf(nowIso(deps)));
}

/** The public verification of a license by its number (no login); 404 for a number never issued. */
export async function verifyLicenseNumber(deps: Deps, number: string): Promise<{ row: LicenseRow; verification: Verification }> {
  const row = isLicenseNo(number) ? await findLicenseByNumber(deps.store.db, number) : undefined;
  if (!row) throw new DomainError('request.not_found');
  return { row, verification: await verifyRow(deps, row) };
}
