import type { Kysely } from 'kysely';
import type { ApplicantTable, Database } from '../schema.js';

/** Inserts the applicant profile that goes with an applicant's user row. */
export async function insertApplicant(db: Kysely<Database>, row: ApplicantTable): Promise<void> {
  await db.insertInto('applicants').values(row).execute();
}

/** An applicant's profile joined with the account's name and username. */
export function findApplicantProfile(db: Kysely<Database>, userId: string) {
  return db.selectFrom('applicants').innerJoin('users', 'users.id', 'applicants.user_id')
    .select(['users.id', 'users.username', 'users.name', 'applicants.type', 'applicants.id_number', 'applicants.credit_code', 'applicants.phone', 'applicants.bad_credit'])
    .where('applicants.user_id', '=', userId).executeTakeFirst();
}

/** User ids of applicants with exactly this ID number, credit code or phone (at most 20). */
export async function findApplicantIds(db: Kysely<Database>, by: { idNumber?: string; creditCode?: string; phone?: string }): Promise<string[]> {
  let query = db.selectFrom('applicants').select('user_id').limit(20);
  if (by.idNumber) query = query.where('id_number', '=', by.idNumber.toUpperCase());
  if (by.creditCode) query = query.where('credit_code', '=', by.creditCode.toUpperCase());
  if (by.phone) query = query.where('phone', '=', by.phone);
  return (await query.execute()).map((r) => r.user_id);
}
