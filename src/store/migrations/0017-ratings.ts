import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/**
 * Ratings (好差评, DOMAIN.md §8): one rating per case, the rectification a bad rating opens (its due and
 * yellow instants stored so overdue work is an indexed comparison), a department's appeal, the one-time
 * tokens a window device rates with, and each region's rating settings.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('rating_settings')
    .addColumn('region_code', 'text', (c) => c.primaryKey())
    .addColumn('rectification_days', 'integer', (c) => c.notNull())
    .addColumn('board_min_ratings', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // One rating per case (DOMAIN.md §8): the database refuses a second even under concurrency.
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id').unique())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('applicant_id', 'text', (c) => c.notNull())
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('comment', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('assisted_by', 'text')
    .addColumn('rated_at', 'text', (c) => c.notNull())
    .addColumn('follow_up', 'text')
    .addColumn('follow_up_at', 'text')
    .addColumn('excluded', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('ratings_rated_at').on('ratings').columns(['rated_at']).execute();
  await db.schema.createIndex('ratings_department_rated_at').on('ratings').columns(['department_id', 'rated_at']).execute();

  await db.schema
    .createTable('rectifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rating_id', 'text', (c) => c.notNull().references('ratings.id').unique())
    .addColumn('case_id', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('workdays', 'integer', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('yellow_at', 'text', (c) => c.notNull())
    .addColumn('callback_result', 'text')
    .addColumn('callback_note', 'text')
    .addColumn('callback_at', 'text')
    .addColumn('callback_by', 'text')
    .addColumn('measures', 'text')
    .addColumn('result', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('completed_by', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const [name, columns] of [
    ['rectifications_status_due', ['status', 'due_at']],
    ['rectifications_status_yellow', ['status', 'yellow_at']],
    ['rectifications_department_status', ['department_id', 'status']],
  ] as const) {
    await db.schema.createIndex(name).on('rectifications').columns([...columns]).execute();
  }

  await db.schema
    .createTable('rating_appeals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // One appeal per rating: a decided appeal is final.
    .addColumn('rating_id', 'text', (c) => c.notNull().references('ratings.id').unique())
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('filed_by', 'text', (c) => c.notNull())
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opinion', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('rating_appeals_status').on('rating_appeals').columns(['status']).execute();

  await db.schema
    .createTable('rating_tokens')
    // SHA-256 of the token: the table alone cannot be used to rate.
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
}
