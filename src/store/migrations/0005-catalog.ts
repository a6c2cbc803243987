import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/**
 * The service catalog: one `items` row per item code (the row a change locks, and the one place a
 * department's single catch-all item is enforced), and one `item_versions` row per version. Lists
 * (materials, form, steps, fees…) are JSON text; what is searched or filtered has its own column.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('items')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    // Unique, and NULL for ordinary items: both databases allow many NULLs in a unique column.
    .addColumn('catch_all_department_id', 'text', (c) => c.unique().references('departments.id'))
    .addColumn('latest_version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('items_department').on('items').column('department_id').execute();

  await db.schema
    .createTable('item_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_code', 'text', (c) => c.notNull().references('items.code'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('catch_all', 'integer', (c) => c.notNull())
    .addColumn('statutory_days', 'integer', (c) => c.notNull())
    .addColumn('promised_days', 'integer', (c) => c.notNull())
    .addColumn('visits', 'integer', (c) => c.notNull())
    .addColumn('online_depth', 'integer', (c) => c.notNull())
    // Lower-cased name, code and keywords: what the public search matches.
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('materials', 'text', (c) => c.notNull())
    .addColumn('form_fields', 'text', (c) => c.notNull())
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('fees', 'text', (c) => c.notNull())
    // The rest of the content (conditions, legal basis, phones, hall…) as one JSON object.
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('retired_at', 'text')
    .addColumn('superseded_by', 'text')
    .addUniqueConstraint('item_versions_code_version', ['item_code', 'version'])
    .execute();
  await db.schema.createIndex('item_versions_status_type').on('item_versions').columns(['status', 'type']).execute();
  await db.schema.createIndex('item_versions_department').on('item_versions').column('department_id').execute();
  await db.schema.createIndex('item_versions_region').on('item_versions').column('region_code').execute();
}
