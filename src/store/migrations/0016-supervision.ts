import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/**
 * Electronic supervision (电子监察, DOMAIN.md §7; docs/supervision.md): notices sent once per clock and
 * level, overdue records awaiting a written explanation, urges, and the department head who receives
 * red notices and escalations. Indexes make each warning list one range scan on a stored instant.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema.alterTable('departments').addColumn('head_user_id', 'text', (c) => c.references('users.id')).execute();

  await db.schema
    .createTable('supervision_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // The once-only key: concurrent checks insert with ON CONFLICT DO NOTHING, and only the winner sends.
    .addUniqueConstraint('supervision_notices_key', ['subject_type', 'subject_id', 'kind', 'level', 'due_at'])
    .execute();

  await db.schema
    .createTable('overdue_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('notice_id', 'text', (c) => c.notNull().unique().references('supervision_notices.id'))
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('task_id', 'text', (c) => c.references('tasks.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('handler_id', 'text', (c) => c.references('users.id'))
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('overdue_on', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('explanation_due_at', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text')
    .addColumn('explained_by', 'text', (c) => c.references('users.id'))
    .addColumn('explained_at', 'text')
    .execute();

  await db.schema
    .createTable('urges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('task_id', 'text', (c) => c.references('tasks.id'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('handler_id', 'text', (c) => c.references('users.id'))
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('reply_workdays', 'integer', (c) => c.notNull())
    .addColumn('reply_due_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_by', 'text')
    .addColumn('acknowledged_at', 'text')
    .addColumn('reply', 'text')
    .addColumn('replied_by', 'text')
    .addColumn('replied_at', 'text')
    .addColumn('escalated_at', 'text')
    .addColumn('closed_at', 'text')
    .execute();

  for (const [name, table, columns] of [
    ['overdue_records_region_overdue_on', 'overdue_records', ['region_code', 'overdue_on']],
    ['overdue_records_department', 'overdue_records', ['department_id', 'explained_at']],
    ['overdue_records_handler', 'overdue_records', ['handler_id']],
    ['overdue_records_case', 'overdue_records', ['case_id']],
    ['urges_due', 'urges', ['status', 'reply_due_at']],
    ['urges_case', 'urges', ['case_id', 'status']],
    ['urges_department', 'urges', ['department_id', 'status']],
    ['urges_handler', 'urges', ['handler_id', 'status']],
    ['urges_region', 'urges', ['region_code', 'created_at']],
    // Warning lists and the checks: a range on one stored instant each (cases(yellow_at), cases(red_at) exist).
    ['cases_statutory_due', 'cases', ['statutory_due_at']],
    ['cases_deemed', 'cases', ['deemed_accepted', 'accepted_at']],
    ['tasks_status_due', 'tasks', ['status', 'due_at']],
    ['tasks_status_yellow', 'tasks', ['status', 'yellow_at']],
  ] as const) {
    await db.schema.createIndex(name).on(table).columns([...columns]).execute();
  }
}
