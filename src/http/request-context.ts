import type { FastifyRequest } from 'fastify';
import type { Ctx, Deps } from '../services/context.js';

/** The use-case context of a request: dependencies, the signed-in actor, the client address. */
export function ctxOf(deps: Deps, request: FastifyRequest): Ctx {
  return { ...deps, actor: request.actor, ip: request.ip };
}
