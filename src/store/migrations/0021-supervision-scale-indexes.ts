import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './context.js';

/**
 * Supervision at a city's scale (issue 8, docs/benchmarks.md "Supervision at scale"): the warning lists page
 * in order of their due instant without sorting, and their totals and the board's counts by department are
 * read from indexes alone.
 *
 * - `cases_red_at` becomes `(red_at, id)`: a list's order, so a page stops after its rows even where many
 *   cases share a due instant (the end of a day).
 * - `tasks_due` `(due_at, id)`: the same for the tasks' list.
 * - `cases_warning`: the warning filters and what the board adds up, for counting cases of every level
 *   (a level is a range on `yellow_at`, which is never after `red_at`).
 * - `tasks_warning` and the partial `cases_running`: a task counts only while its case is in progress and in
 *   the region, so each task in warning is checked against its case. Both in case id order, and the running
 *   cases alone (a tenth of all), so those checks run down two small indexes side by side instead of a random
 *   lookup in every case.
 * - The period indexes of 0020, `cases_deemed` (which SQLite reads for a period of acceptances too) and
 *   `ratings_department_rated_at` (read for a period of ratings) also carry what the monthly figures
 *   (DOMAIN.md §9) of a department or region read of each case or rating, so a month is read from them alone.
 *   Each keeps its leading columns, so it serves what it served before.
 */
export async function up(db: Kysely<unknown>, _ctx: MigrationContext): Promise<void> {
  const replaced = ['cases_red_at', 'cases_received_at', 'cases_accepted_at', 'cases_concluded_at', 'cases_deemed', 'ratings_department_rated_at'];
  for (const name of replaced) await db.schema.dropIndex(name).execute();
  for (const [name, table, columns] of [
    ['cases_red_at', 'cases', ['red_at', 'id']],
    ['cases_received_at', 'cases', ['received_at', 'region_code', 'department_id', 'channel', 'promised_days', 'id']],
    ['cases_accepted_at', 'cases', ['accepted_at', 'region_code', 'department_id']],
    ['cases_concluded_at', 'cases', ['concluded_at', 'region_code', 'department_id', 'accepted_on', 'due_at', 'suspended_workdays']],
    ['cases_deemed', 'cases', ['deemed_accepted', 'accepted_at', 'region_code', 'department_id']],
    ['ratings_department_rated_at', 'ratings', ['department_id', 'rated_at', 'excluded', 'level', 'case_id', 'id']],
    ['tasks_due', 'tasks', ['due_at', 'id']],
    ['cases_warning', 'cases', ['status', 'yellow_at', 'red_at', 'region_code', 'department_id', 'statutory_due_at']],
    ['tasks_warning', 'tasks', ['status', 'case_id', 'yellow_at', 'due_at', 'department_id']],
  ] as const) {
    await db.schema.createIndex(name).on(table).columns([...columns]).execute();
  }
  await db.schema.createIndex('cases_running').on('cases').columns(['id', 'region_code']).where(sql.ref('status'), '=', sql.lit('in_progress')).execute();
}
