import { type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../../services/context.js';
import { acknowledgeUrgeAs, listUrgesFor, replyToUrgeAs, urgeCase } from '../../services/supervision/urges.js';
import { presentUrge } from '../presenters/urge.js';
import { withErrors } from '../schemas/common.js';
import { ReplyBody, Urge, UrgeBody, UrgeList, UrgeParams, UrgeQuery } from '../schemas/urges.js';
import { ctxOf } from '../request-context.js';

const tags = ['supervision'];

/** Urging (催办) and its answers (DOMAIN.md §7, API.md `POST /api/v1/cases/:id/urges`). */
export function urgeRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post('/api/v1/cases/:id/urges', {
      schema: {
        tags, summary: 'Urge a case, or one of its running tasks with taskId (supervisor, within the region); the reply is due in replyWorkdays (3)',
        params: UrgeParams, body: UrgeBody, response: withErrors({ 201: Urge }),
      },
    }, async (request, reply) => reply.status(201).send(presentUrge(await urgeCase(ctxOf(deps, request), request.params.id, request.body))));

    app.get('/api/v1/urges', {
      schema: {
        tags, summary: 'Urges: my region (supervision), or those I and my department answer for (staff, or mine=true); newest first',
        querystring: UrgeQuery, response: withErrors({ 200: UrgeList }),
      },
    }, async (request) => {
      const { urges, total } = await listUrgesFor(ctxOf(deps, request), request.query);
      return { urges: urges.map(presentUrge), total };
    });

    app.post('/api/v1/urges/:id/ack', {
      schema: { tags, summary: 'Acknowledge an urge (签收): its handler or a member of its department', params: UrgeParams, response: withErrors({ 200: Urge }) },
    }, async (request) => presentUrge(await acknowledgeUrgeAs(ctxOf(deps, request), request.params.id)));

    app.post('/api/v1/urges/:id/reply', {
      schema: { tags, summary: 'Reply to an urge in writing; the supervisor who urged is told', params: UrgeParams, body: ReplyBody, response: withErrors({ 200: Urge }) },
    }, async (request) => presentUrge(await replyToUrgeAs(ctxOf(deps, request), request.params.id, request.body.text)));
  };
}
