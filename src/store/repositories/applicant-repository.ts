import type { Kysely } from 'kysely';
import type { ApplicantTable, Database } from '../schema.js';

/** Inserts the applicant profile that goes with an applicant's user row. */
export async function insertApplicant(db: Kysely<Database>, row: ApplicantTable): Promise<void> {
  await db.insertInto('applicants').values(row).execute();
}
