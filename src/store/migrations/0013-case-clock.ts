import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/**
 * Suspensions and the extension of a case's decision clock (行政许可法 第四十五条、第四十二条) and the
 * signatures owed for decisions taken on an absent principal's behalf (事后补签), docs/workflow.md.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('case_suspensions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('paused_on', 'text', (c) => c.notNull())
    .addColumn('paused_at', 'text', (c) => c.notNull())
    .addColumn('paused_by', 'text', (c) => c.notNull())
    .addColumn('expected_workdays', 'integer')
    // End of the last expected workday: open suspensions past it are overdue (an indexed comparison).
    .addColumn('expected_end_at', 'text')
    .addColumn('resumed_on', 'text')
    .addColumn('resumed_at', 'text')
    .addColumn('resumed_by', 'text')
    .addColumn('resume_reason', 'text')
    // The workdays this suspension cost, fixed on resume.
    .addColumn('suspended_workdays', 'integer')
    .execute();
  await db.schema.createIndex('case_suspensions_case').on('case_suspensions').columns(['case_id', 'paused_at']).execute();
  await db.schema.createIndex('case_suspensions_open_due').on('case_suspensions').columns(['resumed_at', 'expected_end_at']).execute();

  await db.schema
    .createTable('case_extensions')
    // One row per case: 可以延长十日 is granted once (the key makes a second one impossible).
    .addColumn('case_id', 'text', (c) => c.primaryKey().references('cases.id'))
    .addColumn('workdays', 'integer', (c) => c.notNull())
    .addColumn('limit_days', 'integer', (c) => c.notNull())
    .addColumn('approval', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addColumn('original_due_at', 'text', (c) => c.notNull())
    .addColumn('new_due_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('pending_signatures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('task_id', 'text', (c) => c.notNull().unique().references('tasks.id'))
    .addColumn('step_key', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('principal_id', 'text', (c) => c.notNull())
    .addColumn('acted_by', 'text', (c) => c.notNull())
    .addColumn('acted_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text')
    .addColumn('opinion', 'text')
    .execute();
  await db.schema.createIndex('pending_signatures_principal').on('pending_signatures').columns(['principal_id', 'status']).execute();
  await db.schema.createIndex('pending_signatures_status').on('pending_signatures').columns(['status', 'acted_at']).execute();
}
