import type { Kysely, Selectable } from 'kysely';
import type { DeliveryTable, LicenseTable } from '../license-tables.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;
export type LicenseRow = Selectable<LicenseTable>;
export type DeliveryRow = Selectable<DeliveryTable>;

/** The next license serial of a region in a year, atomically (unique under concurrency on both databases). */
export async function nextLicenseSerial(db: Db, regionCode: string, year: number): Promise<number> {
  const row = await db.insertInto('license_sequences').values({ region_code: regionCode, year, last: 1 })
    .onConflict((oc) => oc.columns(['region_code', 'year']).doUpdateSet((eb) => ({ last: eb('license_sequences.last', '+', 1) })))
    .returning('last').executeTakeFirstOrThrow();
  return Number(row.last);
}

export async function insertLicense(db: Db, row: LicenseTable): Promise<void> {
  await db.insertInto('licenses').values(row).execute();
}

export function findLicenseByCase(db: Db, caseId: string): Promise<LicenseRow | undefined> {
  return db.selectFrom('licenses').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

export function findLicenseByNumber(db: Db, number: string): Promise<LicenseRow | undefined> {
  return db.selectFrom('licenses').selectAll().where('number', '=', number).executeTakeFirst();
}

export function findLicense(db: Db, id: string): Promise<LicenseRow | undefined> {
  return db.selectFrom('licenses').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Marks a license revoked unless it already is; whether this call revoked it. */
export async function revokeLicenseRow(db: Db, id: string, by: string | null, reason: string, at: string): Promise<boolean> {
  const result = await db.updateTable('licenses').set({ status: 'revoked', revoked_at: at, revoked_by: by, revoked_reason: reason })
    .where('id', '=', id).where('status', '=', 'valid').executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertDelivery(db: Db, row: DeliveryTable): Promise<void> {
  await db.insertInto('deliveries').values(row).execute();
}

export function findDelivery(db: Db, caseId: string): Promise<DeliveryRow | undefined> {
  return db.selectFrom('deliveries').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}
