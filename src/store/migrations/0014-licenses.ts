import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/**
 * Electronic licenses (电子证照), their yearly serials per region, and deliveries (送达), docs/licenses.md.
 * Signing keys are not here: they live in the key directory, outside the database.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('licenses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('case_id', 'text', (c) => c.notNull().unique().references('cases.id'))
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('license_type', 'text', (c) => c.notNull())
    .addColumn('holder_name', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .addColumn('revoked_reason', 'text')
    .execute();
  await db.schema.createIndex('licenses_department').on('licenses').columns(['department_id', 'status']).execute();

  await db.schema
    .createTable('license_sequences')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('license_sequences_pk', ['region_code', 'year'])
    .execute();

  await db.schema
    .createTable('deliveries')
    .addColumn('case_id', 'text', (c) => c.primaryKey().references('cases.id'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('tracking_no', 'text')
    .addColumn('delivered_at', 'text', (c) => c.notNull())
    .addColumn('delivered_by', 'text', (c) => c.notNull())
    .execute();
}
