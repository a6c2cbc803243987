import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Moves an active task's step clock (after a suspension, docs/workflow.md): its start and its stored due and
 * yellow instants. Only while the task is still `status`, like every task update (compare-and-set).
 */
export async function moveTaskClock(
  db: Kysely<Database>, taskId: string, status: string, clock: { stepStartedOn: string; dueAt: string; yellowAt: string }, now: string,
): Promise<boolean> {
  const result = await db.updateTable('tasks').set({
    step_started_on: clock.stepStartedOn, due_at: new Date(clock.dueAt).toISOString(), yellow_at: new Date(clock.yellowAt).toISOString(),
    updated_at: new Date(now).toISOString(),
  }).where('id', '=', taskId).where('status', '=', status).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
