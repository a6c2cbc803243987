import { randomUUID } from 'node:crypto';
import type { Deps } from '../services/context.js';
import type { Job } from './job.js';
import { releaseLease, takeLease } from './job-leases.js';
import { deemedAcceptanceJob, supplementJob } from './intake-checks.js';
import { outboxJob } from './outbox.js';
import { sessionCleanupJob } from './session-cleanup.js';
import { supervisionJob } from './supervision.js';
import { webhooksJob } from './webhooks.js';
import { absentConsentJob } from './workflow-checks.js';

/** Every scheduled check, in the order a pass runs them: state changes first, then the outbox sends their news. */
export const JOBS: readonly Job[] = [sessionCleanupJob, deemedAcceptanceJob, supplementJob, absentConsentJob, supervisionJob, webhooksJob, outboxJob];

/** The outcome of one pass. */
export interface JobPass {
  readonly ran: string[];
  readonly failed: { name: string; error: unknown }[];
}

/**
 * Runs each job that is due and whose lease this process takes. `force` runs every job now (the
 * simulated clock moved: the checks must see the new time before the API answers).
 */
export async function runDueJobs(deps: Deps, jobs: readonly Job[], options: { force?: boolean } = {}): Promise<JobPass> {
  const holder = randomUUID();
  const pass: JobPass = { ran: [], failed: [] };
  for (const job of jobs) {
    const now = deps.clock.now();
    if (!(await takeLease(deps.store.db, job.name, holder, now, job.everyMs, options.force ?? false))) continue;
    try {
      await job.run(deps, now);
      pass.ran.push(job.name);
      await releaseLease(deps.store.db, job.name, holder, now, true);
    } catch (error) {
      pass.failed.push({ name: job.name, error });
      await releaseLease(deps.store.db, job.name, holder, now, false);
    }
  }
  return pass;
}

/** Ticks the runner on an interval until stopped; errors are reported, never thrown. */
export function startScheduler(deps: Deps, jobs: readonly Job[], onError: (name: string, error: unknown) => void, tickMs = 10_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const pass = await runDueJobs(deps, jobs);
      for (const failure of pass.failed) onError(failure.name, failure.error);
    } catch (error) {
      onError('scheduler', error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), tickMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
