import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/**
 * Uploaded materials: one row per file, the bytes in the blob store under `storage_key`. A file belongs
 * to its applicant from upload; intake sets `case_id` when the file is attached to a case.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('uploaded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('material_code', 'text')
    .addColumn('case_id', 'text')
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('files_owner').on('files').column('owner_id').execute();
  await db.schema.createIndex('files_case').on('files').column('case_id').execute();
}
