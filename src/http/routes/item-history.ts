import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createCatchAllItem } from '../../services/catalog/catch-all-item.js';
import { diffItemVersions, listItemVersions, listManagedItems, readItemVersion } from '../../services/catalog/item-history.js';
import { readVersionById } from '../../services/catalog/read-items.js';
import type { Deps } from '../../services/context.js';
import { presentVersion, presentVersionSummary } from '../presenters/item.js';
import { ctxOf } from '../request-context.js';
import { withErrors } from '../schemas/common.js';
import {
  CodeParams, CreateCatchAll, Diff, DiffQuery, ItemVersionView, ManagedList, ManagedQuery, VersionIdParams, VersionList, VersionParams,
} from '../schemas/items.js';

const tags = ['catalog'];

/** Versions of items: the admin list and history, a diff of two versions, a version by id, catch-all items. */
export function itemHistoryRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/catalog/items', {
      schema: { tags, summary: 'Every item I manage, any status (admin)', querystring: ManagedQuery, response: withErrors({ 200: ManagedList }) },
    }, async (request) => listManagedItems(ctxOf(deps, request), request.query));

    app.post('/api/v1/catalog/catch-all-items', {
      schema: { tags, summary: "Open a department's catch-all item (兜底事项) as a draft; one per department (admin)", body: CreateCatchAll, response: withErrors({ 201: ItemVersionView }) },
    }, async (request, reply) => reply.status(201).send(presentVersion(await createCatchAllItem(ctxOf(deps, request), request.body))));

    app.get('/api/v1/items/:code/versions', {
      schema: { tags, summary: 'Version history of an item, oldest first (admin)', params: CodeParams, response: withErrors({ 200: VersionList }) },
    }, async (request) => ({
      code: request.params.code,
      versions: (await listItemVersions(ctxOf(deps, request), request.params.code)).map(presentVersionSummary),
    }));

    app.get('/api/v1/items/:code/versions/:version', {
      schema: { tags, summary: 'One version of an item, drafts included (admin)', params: VersionParams, response: withErrors({ 200: ItemVersionView }) },
    }, async (request) => presentVersion(await readItemVersion(ctxOf(deps, request), request.params.code, request.params.version)));

    app.get('/api/v1/items/:code/diff', {
      schema: { tags, summary: 'Field-level differences between two versions (admin)', params: CodeParams, querystring: DiffQuery, response: withErrors({ 200: Diff }) },
    }, async (request) => {
      const { from, to } = request.query;
      return { code: request.params.code, from, to, changes: await diffItemVersions(ctxOf(deps, request), request.params.code, from, to) };
    });

    app.get('/api/v1/item-versions/:id', {
      schema: {
        tags, security: [], summary: 'A version by id, as cases refer to it: published and retired ones for anyone, drafts for their admins',
        params: VersionIdParams, response: withErrors({ 200: ItemVersionView }),
      },
    }, async (request) => presentVersion(await readVersionById(ctxOf(deps, request), request.params.id)));
  };
}
