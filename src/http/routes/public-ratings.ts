import { type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../../services/context.js';
import { ratePublicly, rateAtWindow } from '../../services/ratings/rate-case.js';
import { ratingBoard, ratingStats } from '../../services/ratings/rating-stats.js';
import { publicRatingInfo } from '../../services/ratings/view-rating.js';
import { withErrors, withLookupErrors } from '../schemas/common.js';
import {
  PublicRatingBody, PublicRatingInfo, PublicRatingQuery, RatingResult, RatingStats, RedBlueBoard, StatsQuery, WindowRatingBody,
} from '../schemas/ratings.js';
import { ctxOf } from '../request-context.js';

const tags = ['public'];

/** Rating without signing in (QR code, SMS link, kiosk, window device) and the public rating statistics. */
export function publicRatingRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/public/ratings', {
      schema: {
        tags, security: [], summary: 'Whether a case may be rated, by its number and query code (no personal data; a wrong code is 404; 429 after too many wrong codes)',
        querystring: PublicRatingQuery, response: withLookupErrors({ 200: PublicRatingInfo }),
      },
    }, async (request) => publicRatingInfo(ctxOf(deps, request), request.query.caseNo, request.query.queryCode));

    app.post('/api/v1/public/ratings', {
      schema: {
        tags, security: [], summary: 'Rate a case by its number and query code from the QR code, an SMS link or the kiosk (a wrong code is 404; 429 after too many wrong codes)',
        body: PublicRatingBody, response: withLookupErrors({ 201: RatingResult }),
      },
    }, async (request, reply) => reply.status(201).send(await ratePublicly(ctxOf(deps, request), request.body)));

    app.post('/api/v1/public/window-ratings', {
      schema: {
        tags, security: [], summary: 'The window device submits the rating with the one-time token a clerk opened (POST /api/v1/window-ratings)',
        body: WindowRatingBody, response: withErrors({ 201: RatingResult }),
      },
    }, async (request, reply) => {
      const { token, ...input } = request.body;
      return reply.status(201).send(await rateAtWindow(ctxOf(deps, request), token, input));
    });

    app.get('/api/v1/public/rating-stats', {
      schema: {
        tags, security: [], summary: "Each department's ratings of a month: counts per level, satisfaction = (5 + 4) / ratings, bad ratings, rectification rate",
        querystring: StatsQuery, response: withErrors({ 200: RatingStats }),
      },
    }, async (request) => ratingStats(deps, request.query.period, request.query.region ?? null));

    app.get('/api/v1/public/red-blue-board', {
      schema: {
        tags, security: [], summary: "The month's red-blue board (红蓝榜): departments with at least the region's minimum of ratings, ranked by satisfaction",
        querystring: StatsQuery, response: withErrors({ 200: RedBlueBoard }),
      },
    }, async (request) => ratingBoard(deps, request.query.period, request.query.region ?? null));
  };
}
