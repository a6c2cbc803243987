import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { discardDraft, getDraft, myDrafts, saveDraft } from '../../services/cases/drafts.js';
import type { Deps } from '../../services/context.js';
import { Draft, DraftBody } from '../schemas/cases.js';
import { Id, withErrors } from '../schemas/common.js';
import { ctxOf } from '../request-context.js';

const tags = ['cases'];
const params = Type.Object({ id: Id });

/** Unfinished applications the applicant saves and finishes later (submit with `draftId`). */
export function draftRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/drafts', {
      schema: { tags, summary: 'My saved drafts (applicant)', response: withErrors({ 200: Type.Object({ drafts: Type.Array(Draft) }) }) },
    }, async (request) => ({ drafts: await myDrafts(ctxOf(deps, request)) }));

    app.post('/api/v1/drafts', {
      schema: { tags, summary: 'Save an unfinished application (applicant); nothing is checked until it is submitted', body: DraftBody, response: withErrors({ 201: Draft }) },
    }, async (request, reply) => reply.status(201).send(await saveDraft(ctxOf(deps, request), request.body)));

    app.get('/api/v1/drafts/:id', {
      schema: { tags, summary: 'One of my drafts', params, response: withErrors({ 200: Draft }) },
    }, async (request) => getDraft(ctxOf(deps, request), request.params.id));

    app.put('/api/v1/drafts/:id', {
      schema: { tags, summary: 'Replace one of my drafts', params, body: DraftBody, response: withErrors({ 200: Draft }) },
    }, async (request) => saveDraft(ctxOf(deps, request), request.body, request.params.id));

    app.delete('/api/v1/drafts/:id', {
      schema: { tags, summary: 'Discard one of my drafts', params, response: withErrors({ 204: Type.Null() }) },
    }, async (request, reply) => {
      await discardDraft(ctxOf(deps, request), request.params.id);
      return reply.status(204).send(null);
    });
  };
}
