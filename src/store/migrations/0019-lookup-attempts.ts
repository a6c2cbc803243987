import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/**
 * The guessing throttle of the public lookups by case number and query code (docs/security.md): one row per
 * counted key (a case number, a client address) with its current one-hour window. In the database, not in a
 * process, so every server process counts the same attempts.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('lookup_attempts')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('lookup_attempts_pk', ['scope', 'subject'])
    .execute();
  // Ended windows are pruned by their start.
  await db.schema.createIndex('lookup_attempts_window_start').on('lookup_attempts').columns(['window_start']).execute();
}
