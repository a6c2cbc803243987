import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../core/accounts/actor.js';
import { authenticate } from '../../services/accounts/sessions.js';
import type { Deps } from '../../services/context.js';

/** The session cookie: HttpOnly, SameSite=Lax; the JSON-only API gives CSRF no simple-request way in. */
export const SESSION_COOKIE = 'tongban_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
  }
}

function tokenOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  return request.cookies[SESSION_COOKIE] ?? null;
}

/** Resolves the actor of every request from a bearer token or the session cookie. */
export function installAuth(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = tokenOf(request);
    if (!token) return;
    request.sessionToken = token;
    request.actor = await authenticate(deps, token);
  });
}
