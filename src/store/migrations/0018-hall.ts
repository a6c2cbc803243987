import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/**
 * The service hall (docs/hall.md): a hall's settings, business categories and windows (the hall and its
 * windows are departments of kind `hall` and `window`), the per-(hall, category, day) ticket counters,
 * tickets, appointment slots and appointments, and the event sequence every process polls for live pages.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  await db.schema
    .createTable('hall_settings')
    .addColumn('hall_id', 'text', (c) => c.primaryKey().references('departments.id'))
    .addColumn('hours', 'text', (c) => c.notNull())
    .addColumn('notices', 'text', (c) => c.notNull())
    .addColumn('no_show_calls', 'integer', (c) => c.notNull())
    .addColumn('elderly_age', 'integer', (c) => c.notNull())
    .addColumn('aging_minutes', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('hall_categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('item_codes', 'text', (c) => c.notNull())
    .addColumn('service_minutes', 'integer', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('hall_categories_prefix', ['hall_id', 'prefix'])
    .execute();

  await db.schema
    .createTable('hall_windows')
    .addColumn('window_id', 'text', (c) => c.primaryKey().references('departments.id'))
    .addColumn('hall_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('category_ids', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    // The ticket being served: a window holds one at a time (set and cleared compare-and-set).
    .addColumn('current_ticket_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('hall_windows_number', ['hall_id', 'number'])
    .execute();

  // The ticket's transaction increments its (hall, category, day) row: numbers never repeat, even across processes.
  await db.schema
    .createTable('hall_counters')
    .addColumn('hall_id', 'text', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('hall_counters_pk', ['hall_id', 'category_id', 'day'])
    .execute();

  await db.schema
    .createTable('hall_tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('category_id', 'text', (c) => c.notNull().references('hall_categories.id'))
    .addColumn('origin_category_id', 'text', (c) => c.notNull().references('hall_categories.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('access_code', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('appointment_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'text', (c) => c.notNull())
    .addColumn('queued_at', 'text', (c) => c.notNull())
    .addColumn('first_called_at', 'text')
    .addColumn('called_at', 'text')
    .addColumn('call_count', 'integer', (c) => c.notNull())
    .addColumn('window_id', 'text')
    .addColumn('clerk_id', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('case_id', 'text')
    .addColumn('transfers', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('hall_tickets_number', ['origin_category_id', 'day', 'seq'])
    .execute();
  await db.schema.createIndex('hall_tickets_queue').on('hall_tickets').columns(['hall_id', 'day', 'status']).execute();
  await db.schema.createIndex('hall_tickets_taken').on('hall_tickets').columns(['hall_id', 'taken_at']).execute();

  await db.schema
    .createTable('hall_slots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('category_id', 'text', (c) => c.notNull().references('hall_categories.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    // Booked so far; raised compare-and-set below capacity, so a slot is never overbooked.
    .addColumn('booked', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('hall_slots_start', ['category_id', 'day', 'start_time'])
    .execute();
  await db.schema.createIndex('hall_slots_hall_day').on('hall_slots').columns(['hall_id', 'day']).execute();

  await db.schema
    .createTable('hall_appointments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull().references('departments.id'))
    .addColumn('category_id', 'text', (c) => c.notNull().references('hall_categories.id'))
    .addColumn('slot_id', 'text', (c) => c.notNull().references('hall_slots.id'))
    .addColumn('applicant_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('checkin_code', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('hall_appointments_checkin', ['hall_id', 'day', 'checkin_code'])
    .execute();
  await db.schema.createIndex('hall_appointments_applicant').on('hall_appointments').columns(['applicant_id', 'day']).execute();
  await db.schema.createIndex('hall_appointments_hall_day').on('hall_appointments').columns(['hall_id', 'day']).execute();

  // Live pages: every change of a hall's queue appends an event. The head row is locked by the appending
  // transaction until it commits, so sequence numbers become visible in order and a poller never skips one.
  await db.schema
    .createTable('hall_events')
    .addColumn('seq', 'bigint', (c) => c.primaryKey())
    .addColumn('hall_id', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('hall_events_at').on('hall_events').column('at').execute();
  await db.schema
    .createTable('hall_event_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into hall_event_head (id, seq) values (1, 0)`.execute(db);
}
