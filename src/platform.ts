import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { trustProxyOption, type ServeConfig } from './config.js';
import { buildServer } from './http/build-server.js';
import { JOBS, startScheduler } from './jobs/scheduler.js';
import type { Deps } from './services/context.js';
import { transportsFromEnv } from './services/notifications/transports.js';
import { useKeyDir } from './services/licenses/key-store.js';
import { WEBHOOK_KEY_ENV, webhookKeyConfigured } from './services/webhooks/secret-box.js';
import { loadDemo } from './services/seed/load-demo.js';
import { SimulatedClock, systemClock } from './services/system/clock.js';
import { createDatabase } from './store/database.js';
import { migrateToLatest } from './store/migrate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The package version, for the OpenAPI document and `--version`. */
export const VERSION: string = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }).version;

/** Where the built web app lives. */
export const WEB_ROOT = `${ROOT}web/dist`;

/** A composed platform: dependencies, the HTTP server (not yet listening), and how to stop it all. */
export interface Platform {
  readonly deps: Deps;
  readonly app: FastifyInstance;
  readonly seeded: boolean;
  close(): Promise<void>;
}

/** Opens the database, migrates it, seeds it if asked, builds the server and starts the scheduler. */
export async function composePlatform(config: ServeConfig, options: { scheduler?: boolean } = {}): Promise<Platform> {
  // Mail, SMS and webhook-key settings are checked now, so a bad value stops startup naming its variable.
  transportsFromEnv(process.env);
  const webhookKeySet = webhookKeyConfigured(process.env);
  const store = createDatabase(config.db);
  try {
    await migrateToLatest(store);
    const clock = config.simulatedClock ? new SimulatedClock(new Date()) : systemClock;
    const deps: Deps = { store, clock, newId: randomUUID, sessionHours: config.sessionHours };
    useKeyDir(deps, config.keyDir);
    const seeded = config.seed === 'demo' ? await loadDemo({ ...deps, actor: null, ip: null }) : false;
    const app = await buildServer({
      deps, jobs: JOBS, webRoot: WEB_ROOT, logLevel: config.logLevel, version: VERSION, trustProxy: trustProxyOption(config.trustProxy),
    });
    if (!webhookKeySet) app.log.warn(`${WEBHOOK_KEY_ENV} is not set: webhook secrets are stored unsealed (plain:); set it in production (docs/webhooks.md)`);
    // With a simulated clock the checks run when the clock moves, not on the machine's timer.
    const stopScheduler = options.scheduler === false || config.simulatedClock
      ? () => undefined
      : startScheduler(deps, JOBS, (name, error) => app.log.error({ err: error, job: name }, 'scheduled check failed'));
    return {
      deps, app, seeded,
      async close() {
        stopScheduler();
        await app.close();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
