import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/**
 * A sample (示例样本) or blank form (空白表格) per material of an item, for applicants to download from the
 * guide. It belongs to the item code and material code, not to a version: published versions stay as they
 * were, and the file follows the material while its code exists. The bytes are in the blob store.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('material_samples')
    .addColumn('item_code', 'text', (c) => c.notNull().references('items.code'))
    .addColumn('material_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('material_samples_pk', ['item_code', 'material_code', 'kind'])
    .execute();
}
