import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../../services/context.js';
import { listWebhookDeliveries, replayWebhookDelivery } from '../../services/webhooks/deliveries.js';
import {
  createWebhook, deleteWebhook, getWebhook, listWebhooks, rotateWebhookSecret, updateWebhook,
} from '../../services/webhooks/subscriptions.js';
import { presentDelivery, presentWebhook } from '../presenters/webhook.js';
import { ctxOf } from '../request-context.js';
import { withErrors } from '../schemas/common.js';
import {
  CreateWebhook, DeliveryList, DeliveryQuery, UpdateWebhook, Webhook, WebhookDelivery, WebhookParams, WebhookWithSecret,
} from '../schemas/webhooks.js';

const tags = ['webhooks'];
const withSecret = <T extends Parameters<typeof presentWebhook>[0] & { secret: string }>(s: T) => ({ ...presentWebhook(s), secret: s.secret });

/** 一链办理: signed case-event webhooks, managed by admins within their region (docs/webhooks.md). */
export function webhookRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/webhooks', {
      schema: { tags, summary: 'Webhook subscriptions of my region (admin)', response: withErrors({ 200: Type.Object({ webhooks: Type.Array(Webhook) }) }) },
    }, async (request) => ({ webhooks: (await listWebhooks(ctxOf(deps, request))).map(presentWebhook) }));

    app.post('/api/v1/webhooks', {
      schema: { tags, summary: 'Subscribe an endpoint to case events (admin); the secret is in this answer only', body: CreateWebhook, response: withErrors({ 201: WebhookWithSecret }) },
    }, async (request, reply) => reply.status(201).send(withSecret(await createWebhook(ctxOf(deps, request), request.body))));

    app.get('/api/v1/webhooks/deliveries', {
      schema: { tags, summary: 'Deliveries of my region\'s subscriptions, newest first; status=dead is the dead-letter list (admin)', querystring: DeliveryQuery, response: withErrors({ 200: DeliveryList }) },
    }, async (request) => {
      const { rows, total } = await listWebhookDeliveries(ctxOf(deps, request), request.query);
      return { deliveries: rows.map(presentDelivery), total };
    });

    app.post('/api/v1/webhooks/deliveries/:id/replay', {
      schema: { tags, summary: 'Queue a dead delivery again, same id and body (admin)', params: WebhookParams, response: withErrors({ 200: WebhookDelivery }) },
    }, async (request) => presentDelivery(await replayWebhookDelivery(ctxOf(deps, request), request.params.id)));

    app.get('/api/v1/webhooks/:id', {
      schema: { tags, summary: 'One subscription (admin)', params: WebhookParams, response: withErrors({ 200: Webhook }) },
    }, async (request) => presentWebhook(await getWebhook(ctxOf(deps, request), request.params.id)));

    app.patch('/api/v1/webhooks/:id', {
      schema: { tags, summary: 'Change a subscription\'s name, target, filters or active flag (admin)', params: WebhookParams, body: UpdateWebhook, response: withErrors({ 200: Webhook }) },
    }, async (request) => presentWebhook(await updateWebhook(ctxOf(deps, request), request.params.id, request.body)));

    app.delete('/api/v1/webhooks/:id', {
      schema: { tags, summary: 'Remove a subscription and its delivery log (admin)', params: WebhookParams, response: withErrors({ 204: Type.Null() }) },
    }, async (request, reply) => {
      await deleteWebhook(ctxOf(deps, request), request.params.id);
      return reply.status(204).send(null);
    });

    app.post('/api/v1/webhooks/:id/rotate-secret', {
      schema: { tags, summary: 'Replace the signing secret (admin); the old one signs beside it for 24 h', params: WebhookParams, response: withErrors({ 200: WebhookWithSecret }) },
    }, async (request) => withSecret(await rotateWebhookSecret(ctxOf(deps, request), request.params.id)));
  };
}
