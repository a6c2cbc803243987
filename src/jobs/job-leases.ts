import type { Db } from '../services/context.js';

// A lease outlives any sane run; a process that dies mid-run frees the job when its lease ends.
const LEASE_MS = 10 * 60_000;

/**
 * Takes the job's lease if it is free and the job is due. One UPDATE decides: on PostgreSQL a second
 * process's UPDATE waits for the row lock and then finds the condition false, so a job runs once.
 */
export async function takeLease(db: Db, name: string, holder: string, now: Date, everyMs: number, force: boolean): Promise<boolean> {
  const nowIso = now.toISOString();
  await db.insertInto('job_leases').values({ name, holder: null, lease_until: new Date(0).toISOString(), last_run_at: null })
    .onConflict((oc) => oc.column('name').doNothing()).execute();
  const dueBefore = new Date(now.getTime() - everyMs).toISOString();
  let update = db.updateTable('job_leases')
    .set({ holder, lease_until: new Date(now.getTime() + LEASE_MS).toISOString() })
    .where('name', '=', name)
    .where('lease_until', '<=', nowIso);
  if (!force) update = update.where((eb) => eb.or([eb('last_run_at', 'is', null), eb('last_run_at', '<=', dueBefore)]));
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the run and frees the lease. */
export async function releaseLease(db: Db, name: string, holder: string, now: Date, ran: boolean): Promise<void> {
  await db.updateTable('job_leases')
    .set(ran ? { holder: null, lease_until: now.toISOString(), last_run_at: now.toISOString() } : { holder: null, lease_until: now.toISOString() })
    .where('name', '=', name).where('holder', '=', holder).execute();
}
