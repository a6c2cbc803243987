import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DomainError } from '../../core/errors.js';
import { requireRole } from '../../services/access/authorize.js';
import type { Deps } from '../../services/context.js';
import { SimulatedClock } from '../../services/system/clock.js';
import { Instant, withErrors } from '../schemas/common.js';

/** The platform's time, and moving it when started with --simulated-clock (API.md). */
export function systemRoutes(deps: Deps, runChecks: () => Promise<void>): FastifyPluginAsyncTypebox {
  return async (app) => {
    const ClockState = Type.Object({ now: Type.String(), simulated: Type.Boolean() });

    app.get('/api/v1/system/clock', {
      schema: { tags: ['system'], summary: "The platform's current time", security: [], response: withErrors({ 200: ClockState }) },
    }, async () => ({ now: deps.clock.now().toISOString(), simulated: deps.clock.simulated }));

    app.put('/api/v1/system/clock', {
      schema: {
        tags: ['system'], summary: 'Move the simulated clock (admin; 404 unless started with --simulated-clock); due checks run before the answer',
        body: Type.Object({ now: Instant }, { additionalProperties: false }), response: withErrors({ 200: ClockState }),
      },
    }, async (request) => {
      if (!(deps.clock instanceof SimulatedClock)) throw new DomainError('clock.not_simulated');
      requireRole(request.actor, 'admin');
      deps.clock.set(new Date(request.body.now));
      await runChecks();
      return { now: deps.clock.now().toISOString(), simulated: true };
    });
  };
}
