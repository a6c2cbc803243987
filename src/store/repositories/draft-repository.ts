import type { Kysely } from 'kysely';
import type { CaseDraftTable } from '../case-tables.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** An applicant's draft by id (undefined when missing or someone else's). */
export function findDraft(db: Db, applicantId: string, id: string) {
  return db.selectFrom('case_drafts').selectAll().where('id', '=', id).where('applicant_id', '=', applicantId).executeTakeFirst();
}

/** An applicant's drafts, newest first. */
export function listDrafts(db: Db, applicantId: string) {
  return db.selectFrom('case_drafts').selectAll().where('applicant_id', '=', applicantId).orderBy('updated_at', 'desc').execute();
}

/** Inserts or replaces a draft. */
export async function upsertDraft(db: Db, row: CaseDraftTable): Promise<void> {
  await db.insertInto('case_drafts').values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet({ item_code: row.item_code, form: row.form, materials: row.materials, updated_at: row.updated_at }))
    .execute();
}

/** Deletes an applicant's draft; returns whether one was deleted. */
export async function deleteDraft(db: Db, applicantId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('case_drafts').where('id', '=', id).where('applicant_id', '=', applicantId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
