import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireActor } from '../../services/access/authorize.js';
import { SubmitCase, SubmitCaseResult } from '../schemas/cases.js';
import { withErrors } from '../schemas/common.js';

/** The environment variable that adds the bare route; unset in production. */
export const BENCH_BARE_ENV = 'TONGBAN_BENCH_BARE';

/**
 * The intake benchmark's baseline (bench/intake.bench.ts, docs/benchmarks.md): `POST /api/v1/bench/bare-cases`
 * runs everything `POST /api/v1/cases` runs before the use case — the same plugins, the session lookup of the
 * bearer token, the same TypeBox body schema and response serializer — and answers 201 without storing
 * anything. It exists only when the server starts with TONGBAN_BENCH_BARE=1, and is hidden from OpenAPI.
 */
export function benchBareRoutes(env: NodeJS.ProcessEnv): FastifyPluginAsyncTypebox {
  return async (app) => {
    if (env[BENCH_BARE_ENV] !== '1') return;
    app.post('/api/v1/bench/bare-cases', {
      schema: { hide: true, body: SubmitCase, response: withErrors({ 201: SubmitCaseResult }) },
    }, async (request, reply) => {
      requireActor(request.actor);
      const id = randomUUID();
      return reply.status(201).send({ id, caseNo: `BARE${id.slice(0, 8)}`, queryCode: '000000', status: 'submitted', acceptanceDueAt: null });
    });
  };
}
