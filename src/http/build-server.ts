import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { LOG_LEVELS, TrustProxy } from '../config.js';
import type { Deps } from '../services/context.js';
import { runDueJobs } from '../jobs/scheduler.js';
import type { Job } from '../jobs/job.js';
import { installAuth } from './plugins/auth.js';
import { installErrorHandler } from './plugins/error-handler.js';
import { installOpenApi, installOpenApiRoute } from './plugins/openapi.js';
import { installValidation } from './plugins/validation.js';
import { installWeb } from './plugins/web.js';
import { authRoutes } from './routes/auth.js';
import { benchBareRoutes } from './routes/bench-bare.js';
import { calendarRoutes } from './routes/calendar.js';
import { caseRoutes } from './routes/cases.js';
import { caseClockRoutes } from './routes/case-clock.js';
import { signatureRoutes } from './routes/signatures.js';
import { draftRoutes } from './routes/drafts.js';
import { verificationRoutes } from './routes/verifications.js';
import { filesRoutes } from './routes/files.js';
import { hallRoutes } from './routes/hall.js';
import { healthRoutes } from './routes/health.js';
import { itemRoutes } from './routes/items.js';
import { itemSampleRoutes } from './routes/item-samples.js';
import { licenseRoutes } from './routes/licenses.js';
import { notificationRoutes } from './routes/notifications.js';
import { organizationRoutes } from './routes/organization.js';
import { publicRatingRoutes } from './routes/public-ratings.js';
import { ratingRoutes } from './routes/ratings.js';
import { supervisionRoutes } from './routes/supervision.js';
import { statisticsRoutes } from './routes/statistics.js';
import { supervisionReportRoutes } from './routes/supervision-reports.js';
import { systemRoutes } from './routes/system.js';
import { taskRoutes } from './routes/tasks.js';
import { urgeRoutes } from './routes/urges.js';
import { webhookRoutes } from './routes/webhooks.js';
import { workbenchRoutes } from './routes/workbench.js';

export interface ServerOptions {
  readonly deps: Deps;
  readonly jobs: readonly Job[];
  /** The built web app (web/dist), or null to serve the API only. */
  readonly webRoot: string | null;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  readonly version: string;
  /** Whose X-Forwarded-For gives the client address (see `trustProxyOption` in config.ts); false by default. */
  readonly trustProxy?: TrustProxy;
}

// JSON bodies up to 1 MiB; files travel by multipart upload, which has its own limits.
const BODY_LIMIT = 1024 * 1024;

/** Builds the HTTP server; it never listens, so tests inject and the CLI listens. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { deps } = options;
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    logger: options.logLevel === 'silent' ? false : {
      level: options.logLevel,
      // Tokens, cookies and passwords never reach the log; bodies are not logged at all.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  installValidation(app);
  installErrorHandler(app);
  await app.register(cookie);
  installAuth(app, deps);
  await installOpenApi(app, options.version);

  const runChecks = async () => {
    const pass = await runDueJobs(deps, options.jobs, { force: true });
    for (const failure of pass.failed) app.log.error({ err: failure.error, job: failure.name }, 'scheduled check failed');
  };
  await app.register(healthRoutes(deps));
  await app.register(authRoutes(deps));
  await app.register(organizationRoutes(deps));
  await app.register(calendarRoutes(deps));
  await app.register(itemRoutes(deps));
  await app.register(itemSampleRoutes(deps));
  await app.register(caseRoutes(deps));
  await app.register(caseClockRoutes(deps));
  await app.register(signatureRoutes(deps));
  await app.register(taskRoutes(deps));
  await app.register(workbenchRoutes(deps));
  await app.register(draftRoutes(deps));
  await app.register(verificationRoutes(deps));
  await app.register(filesRoutes(deps));
  await app.register(licenseRoutes(deps));
  await app.register(notificationRoutes(deps));
  await app.register(supervisionRoutes(deps));
  await app.register(urgeRoutes(deps));
  await app.register(statisticsRoutes(deps));
  await app.register(supervisionReportRoutes(deps));
  await app.register(ratingRoutes(deps));
  await app.register(publicRatingRoutes(deps));
  await app.register(webhookRoutes(deps));
  await app.register(hallRoutes(deps));
  await app.register(systemRoutes(deps, runChecks));
  await app.register(benchBareRoutes(process.env));
  installOpenApiRoute(app);
  await installWeb(app, options.webRoot);
  return app;
}
