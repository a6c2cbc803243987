import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/http/build-server.js';
import { JOBS } from '../../src/jobs/scheduler.js';
import type { Job } from '../../src/jobs/job.js';
import type { Deps } from '../../src/services/context.js';
import { useKeyDir } from '../../src/services/licenses/key-store.js';
import { SimulatedClock, systemClock } from '../../src/services/system/clock.js';
import { createDatabase } from '../../src/store/database.js';
import type { DialectName } from '../../src/store/dialects/dialect.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { createTestDatabase } from './test-database.js';

/** A server on a fresh database with a simulated clock, for `app.inject` (STYLE B2.11). */
export interface TestApp {
  readonly app: FastifyInstance;
  readonly deps: Deps;
  readonly clock: SimulatedClock;
  readonly dbUrl: string;
  close(): Promise<void>;
}

/** Builds the real server on a fresh database of the dialect; close() drops the database. */
export async function buildTestApp(dialect: DialectName, options: { jobs?: readonly Job[]; webRoot?: string | null; start?: Date; simulated?: boolean; sessionHours?: number } = {}): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const store = createDatabase(database.url);
  await migrateToLatest(store);
  const clock = new SimulatedClock(options.start ?? new Date('2026-03-02T09:00:00+08:00'));
  const deps: Deps = { store, clock: options.simulated === false ? systemClock : clock, newId: randomUUID, sessionHours: options.sessionHours ?? 12 };
  // License signing keys in a folder of this app's own, removed with it.
  const keys = useKeyDir(deps, mkdtempSync(join(tmpdir(), 'tongban-keys-')));
  const app = await buildServer({ deps, jobs: options.jobs ?? JOBS, webRoot: options.webRoot ?? null, logLevel: 'silent', version: 'test',
    // Scenario tests play clients behind a proxy with X-Forwarded-For.
    trustProxy: true,
  });
  return {
    app, deps, clock, dbUrl: database.url,
    async close() {
      await app.close();
      await store.close();
      await database.drop();
      rmSync(keys.dir, { recursive: true, force: true });
    },
  };
}
