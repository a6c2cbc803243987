import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Job } from '../../src/jobs/job.js';
import { runDueJobs } from '../../src/jobs/scheduler.js';
import { createDatabase } from '../../src/store/database.js';
import { buildTestApp, type TestApp } from '../support/build-app.js';
import { DIALECTS } from '../support/dialects.js';
import { bearer, buildAdminScene } from '../support/factories.js';

function countingJob(everyMs: number, delayMs = 0): Job & { runs: Date[] } {
  const runs: Date[] = [];
  return {
    name: `test.counter.${randomUUID()}`, everyMs, runs,
    async run(_deps, now) {
      runs.push(now);
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    },
  };
}

for (const dialect of DIALECTS) {
  describe(`scheduled checks [${dialect}]`, () => {
    let t: TestApp;
    const job = countingJob(60_000);
    beforeAll(async () => { t = await buildTestApp(dialect, { jobs: [job] }); });
    afterAll(async () => { await t.close(); });

    it('runs a job once per interval, not on every tick', async () => {
      const solo = countingJob(60_000);
      await runDueJobs(t.deps, [solo]);
      await runDueJobs(t.deps, [solo]);
      expect(solo.runs).toHaveLength(1);
      t.clock.set(new Date(t.clock.now().getTime() + 61_000));
      await runDueJobs(t.deps, [solo]);
      expect(solo.runs).toHaveLength(2);
    });

    it('runs a job once even when several processes tick at the same moment', async () => {
      const shared = countingJob(60_000, 50);
      // Separate connections to the same database stand in for separate server processes.
      const others = Array.from({ length: 3 }, () => createDatabase(t.dbUrl));
      try {
        await Promise.all([t.deps, ...others.map((store) => ({ ...t.deps, store }))].map((deps) => runDueJobs(deps, [shared])));
      } finally {
        await Promise.all(others.map((store) => store.close()));
      }
      expect(shared.runs).toHaveLength(1);
    });

    it('runs the checks for the new time before PUT /system/clock answers', async () => {
      const { token } = await buildAdminScene(t);
      const target = new Date(t.clock.now().getTime() + 3_600_000);
      const response = await t.app.inject({ method: 'PUT', url: '/api/v1/system/clock', headers: bearer(token), payload: { now: target.toISOString() } });
      expect(response.statusCode).toBe(200);
      expect(job.runs.at(-1)?.toISOString()).toBe(target.toISOString());
    });
  });
}
