import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DomainError, langFromHeader } from '../../core/errors.js';
import { createItem, publishItem, retireItem, updateItem } from '../../services/catalog/manage-items.js';
import { guideQrCode, type QrFormat } from '../../services/catalog/guide-qr.js';
import { findGuide, searchGuides } from '../../services/catalog/read-items.js';
import type { Deps } from '../../services/context.js';
import { presentGuide, presentRejection, presentSummary, presentVersion } from '../presenters/item.js';
import { ctxOf } from '../request-context.js';
import { withErrors } from '../schemas/common.js';
import { binary, CodeParams, Guide, GuideList, GuideQuery, ItemInput, ItemVersionView, Rejection } from '../schemas/items.js';
import { catalogExchangeRoutes } from './item-exchange.js';
import { itemHistoryRoutes } from './item-history.js';

const tags = ['catalog'];
const REJECTIONS = new Set(['item.publish_rejected', 'item.import_rejected']);

/** The catalog (事项): public guides, and the admin's create → edit → publish → retire. */
export function itemRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    // A failed publish lists every reason with its code; anything else goes on to the common handler.
    app.setErrorHandler((error, request, reply) => {
      if (error instanceof DomainError && REJECTIONS.has(error.code)) {
        return reply.status(422).send(presentRejection(error, langFromHeader(request.headers['accept-language'])));
      }
      throw error;
    });

    app.get('/api/v1/items', {
      schema: { tags, security: [], summary: 'Search published items (办事指南): keyword, department, type, region, zero-visit, online', querystring: GuideQuery, response: withErrors({ 200: GuideList }) },
    }, async (request) => {
      const { limit = 20, offset = 0, ...filter } = request.query;
      const { versions, total, departments } = await searchGuides(deps, { ...filter, limit, offset });
      return { items: versions.map((v) => presentSummary(v, departments)), total };
    });

    app.get('/api/v1/items/:code', {
      schema: { tags, security: [], summary: "An item's public guide (the published version)", params: CodeParams, response: withErrors({ 200: Guide }) },
    }, async (request) => presentGuide(await findGuide(deps, request.params.code)));

    for (const format of ['svg', 'png'] as const satisfies readonly QrFormat[]) {
      app.get(`/api/v1/items/:code/qr.${format}`, {
        schema: {
          tags, security: [], summary: `QR code (${format.toUpperCase()}) that opens the guide on a phone (码上告知)`, params: CodeParams,
          response: withErrors({ 200: binary(format === 'svg' ? 'image/svg+xml' : 'image/png', `${format.toUpperCase()} image`) }),
        },
      }, async (request, reply) => {
        const origin = `${request.protocol}://${request.host}`;
        const { image } = await guideQrCode(deps, request.params.code, origin, format);
        return reply.type(format === 'svg' ? 'image/svg+xml' : 'image/png').header('cache-control', 'public, max-age=300').send(image);
      });
    }

    app.post('/api/v1/items', {
      schema: { tags, summary: 'Create an item: version 1, a draft (admin)', body: ItemInput, response: withErrors({ 201: ItemVersionView }) },
    }, async (request, reply) => {
      return reply.status(201).send(presentVersion(await createItem(ctxOf(deps, request), request.body)));
    });

    app.put('/api/v1/items/:code', {
      schema: {
        tags, summary: 'Replace the content: edits the pending draft (200), or makes a new draft version of a published item (201) (admin)',
        params: CodeParams, body: ItemInput, response: withErrors({ 200: ItemVersionView, 201: ItemVersionView }),
      },
    }, async (request, reply) => {
      const { named, created } = await updateItem(ctxOf(deps, request), request.params.code, request.body);
      return reply.status(created ? 201 : 200).send(presentVersion(named));
    });

    app.post('/api/v1/items/:code/publish', {
      schema: {
        tags, summary: 'Publish the pending draft; it supersedes the published version for new cases (admin). 422 lists every reason',
        params: CodeParams, response: { ...withErrors({ 200: ItemVersionView }), 422: Rejection },
      },
    }, async (request) => presentVersion(await publishItem(ctxOf(deps, request), request.params.code)));

    app.post('/api/v1/items/:code/retire', {
      schema: { tags, summary: 'Retire the published version: no guide, no new cases (admin)', params: CodeParams, response: withErrors({ 200: ItemVersionView }) },
    }, async (request) => presentVersion(await retireItem(ctxOf(deps, request), request.params.code)));

    await app.register(itemHistoryRoutes(deps));
    await app.register(catalogExchangeRoutes(deps));
  };
}
