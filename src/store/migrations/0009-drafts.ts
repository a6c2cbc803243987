import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/** Applications saved unfinished by the applicant (草稿), finished and submitted later. */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('case_drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('materials', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_drafts_applicant').on('case_drafts').column('applicant_id').execute();
}
