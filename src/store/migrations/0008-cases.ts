import type { Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/**
 * Cases (办件), their timeline, correction notices, and the daily case-number sequences. Due instants
 * and the instant each clock turns yellow are stored, so warnings are indexed comparisons (DOMAIN.md §5).
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_no', 'text', (c) => c.notNull().unique())
    .addColumn('query_code', 'text', (c) => c.notNull())
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('item_version_id', 'text', (c) => c.notNull())
    .addColumn('item_name', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('materials', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('notice_issued_in_round', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('changed_in_round', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('round_received_on', 'text', (c) => c.notNull())
    .addColumn('acceptance_due_at', 'text')
    .addColumn('supplement_due_at', 'text')
    .addColumn('supplement_reminded_at', 'text')
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_on', 'text')
    .addColumn('deemed_accepted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('promised_days', 'integer', (c) => c.notNull())
    .addColumn('statutory_days', 'integer', (c) => c.notNull())
    .addColumn('extension_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('suspended_workdays', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('yellow_threshold', 'integer')
    .addColumn('due_at', 'text')
    .addColumn('statutory_due_at', 'text')
    // The clock that runs now (acceptance, decision or delivery): when it turns yellow and red.
    .addColumn('yellow_at', 'text')
    .addColumn('red_at', 'text')
    .addColumn('deferred_materials', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('supply_due_at', 'text')
    .addColumn('refusal_reason', 'text')
    .addColumn('concluded_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const [name, columns] of [
    ['cases_department_status', ['department_id', 'status']],
    ['cases_applicant', ['applicant_id']],
    ['cases_region_status', ['region_code', 'status']],
    ['cases_acceptance_due', ['acceptance_due_at']],
    ['cases_yellow_at', ['yellow_at']],
    ['cases_red_at', ['red_at']],
    ['cases_supplement_due', ['supplement_due_at']],
  ] as const) {
    await db.schema.createIndex(name).on('cases').columns([...columns]).execute();
  }

  await db.schema
    .createTable('case_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('status_from', 'text')
    .addColumn('status_to', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'seq']).unique().execute();

  await db.schema
    .createTable('correction_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('cases.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('problems', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('supplement_due_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('correction_notices_round', ['case_id', 'round'])
    .execute();

  await db.schema
    .createTable('case_sequences')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_sequences_pk', ['region_code', 'day'])
    .execute();
}
