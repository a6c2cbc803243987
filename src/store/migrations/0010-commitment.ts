import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/** 告知承诺: the applicant's signed commitment on a case, and the verification (核查) it owes the department. */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('cases').addColumn('commitment', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createTable('verifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').unique())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('completed_by', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('verifications_department_status').on('verifications').columns(['department_id', 'status']).execute();
}
