import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../core/errors.js';
import { sendError } from './error-handler.js';

/**
 * Serves the built web app from `root` with a fallback to index.html for client-side routes;
 * unknown /api paths answer with the JSON 404 of API.md.
 */
export async function installWeb(app: FastifyInstance, root: string | null): Promise<void> {
  const hasWeb = root !== null && existsSync(join(root, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api') || !hasWeb || request.method !== 'GET') {
      return sendError(request, reply, new DomainError('request.not_found'));
    }
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
