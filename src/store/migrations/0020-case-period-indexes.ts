import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/**
 * The statistics (DOMAIN.md §9, docs/statistics.md) count cases received, accepted and concluded within a
 * period: each is a range scan on its instant, not a scan of every case.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  for (const column of ['received_at', 'accepted_at', 'concluded_at'] as const) {
    await db.schema.createIndex(`cases_${column}`).on('cases').column(column).execute();
  }
}
