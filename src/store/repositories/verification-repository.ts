import type { Kysely } from 'kysely';
import type { VerificationTable } from '../case-tables.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** Inserts a verification task. */
export async function insertVerification(db: Db, row: VerificationTable): Promise<void> {
  await db.insertInto('verifications').values(row).execute();
}

/** Verifications of departments under a path, by status, earliest due first. */
export function listVerifications(db: Db, departmentPath: string, status: VerificationTable['status'] | undefined) {
  let query = db.selectFrom('verifications')
    .innerJoin('departments', 'departments.id', 'verifications.department_id')
    .innerJoin('cases', 'cases.id', 'verifications.case_id')
    .selectAll('verifications').select(['cases.case_no', 'cases.item_name', 'departments.path'])
    .where('departments.path', 'like', `${departmentPath}%`);
  if (status) query = query.where('verifications.status', '=', status);
  return query.orderBy('verifications.due_at').limit(200).execute();
}

/** One verification with its department's path, for the reach check. */
export function findVerification(db: Db, id: string) {
  return db.selectFrom('verifications').innerJoin('departments', 'departments.id', 'verifications.department_id')
    .selectAll('verifications').select('departments.path').where('verifications.id', '=', id).executeTakeFirst();
}

/** Records the outcome of a verification. */
export async function completeVerification(db: Db, id: string, outcome: 'confirmed' | 'breach', note: string, by: string, at: string): Promise<void> {
  await db.updateTable('verifications').set({ status: outcome, note, completed_by: by, completed_at: at }).where('id', '=', id).execute();
}
