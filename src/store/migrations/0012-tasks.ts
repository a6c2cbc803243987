import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/**
 * Workflow tasks (DOMAIN.md §6, docs/workflow.md): one row per engine Task, with the case it belongs to and
 * its step clock as stored instants (UTC ISO text), so the workbench and supervision filter by warning with
 * a comparison. Updates are compare-and-set on `status`.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('step_key', 'text', (c) => c.notNull())
    .addColumn('activation', 'integer', (c) => c.notNull())
    .addColumn('branch_index', 'integer')
    .addColumn('lead', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('opinion', 'text')
    .addColumn('return_to', 'text')
    .addColumn('created_on', 'text', (c) => c.notNull())
    .addColumn('step_started_on', 'text', (c) => c.notNull())
    .addColumn('caused_by', 'text')
    .addColumn('note', 'text')
    .addColumn('delegated_from', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('completed_by', 'text')
    .addColumn('on_behalf_of', 'text')
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('yellow_at', 'text', (c) => c.notNull())
    // 1 on the tasks of a parallel step with 缺席默认, which the scheduled check closes as consent when overdue.
    .addColumn('absent_means_consent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const [name, columns] of [
    ['tasks_pool', ['department_id', 'role', 'status']],
    ['tasks_assignee', ['assignee_id', 'status']],
    ['tasks_case', ['case_id']],
    ['tasks_consent_due', ['absent_means_consent', 'status', 'due_at']],
  ] as const) {
    await db.schema.createIndex(name).on('tasks').columns([...columns]).execute();
  }
}
