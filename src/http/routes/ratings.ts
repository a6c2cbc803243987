import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { invalidFields } from '../../core/errors.js';
import { isDateSpan } from '../../core/ratings/index.js';
import type { LocalDate } from '../../core/calendar/index.js';
import type { Deps } from '../../services/context.js';
import { nowIso } from '../../services/context.js';
import { decideAppeal, fileAppeal } from '../../services/ratings/appeals.js';
import { exportRatings } from '../../services/ratings/export-ratings.js';
import { openWindowRating, rateByPhone, rateOwnCase } from '../../services/ratings/rate-case.js';
import { ratingSettingsOf, setRatingSettings } from '../../services/ratings/rating-settings.js';
import { completeRectification, rectificationsFor, recordCallback } from '../../services/ratings/rectifications.js';
import { addRatingFollowUp, caseRating } from '../../services/ratings/view-rating.js';
import { presentRating, presentRectification } from '../presenters/rating.js';
import { Id, withErrors } from '../schemas/common.js';
import {
  AppealBody, AppealResult, CallbackBody, CaseRating, CompleteBody, DecideBody, ExportQuery, FollowUpBody, FollowUpResult, OpenWindowRatingBody,
  PhoneRatingBody, RatingBody, RatingResult, RatingSettings, RatingSettingsBody, RectificationChanged, RectificationItem, RectificationQuery,
  WindowRatingOpened,
} from '../schemas/ratings.js';
import { ctxOf } from '../request-context.js';

const tags = ['ratings'];
const params = Type.Object({ id: Id });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Ratings (好差评) by signed-in users, rectification, appeals, settings and export (DOMAIN.md §8, docs/ratings.md). */
export function ratingRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post('/api/v1/cases/:id/ratings', {
      schema: { tags, summary: 'Rate a concluded (or refused) case, once (the applicant); a level of 1 or 2 opens a rectification', params, body: RatingBody, response: withErrors({ 201: RatingResult }) },
    }, async (request, reply) => reply.status(201).send(await rateOwnCase(ctxOf(deps, request), request.params.id, request.body)));

    app.get('/api/v1/cases/:id/rating', {
      schema: { tags, summary: "A case's rating and whether it may be rated now (the applicant, staff in reach)", params, response: withErrors({ 200: CaseRating }) },
    }, async (request) => {
      const { rateable, view } = await caseRating(ctxOf(deps, request), request.params.id);
      return { rateable, rating: view ? presentRating(view, request.actor?.kind === 'staff') : null };
    });

    app.post('/api/v1/ratings/:id/follow-ups', {
      schema: { tags, summary: 'Append the one follow-up (追评) to my rating (the applicant who rated)', params, body: FollowUpBody, response: withErrors({ 201: FollowUpResult }) },
    }, async (request, reply) => reply.status(201).send(await addRatingFollowUp(ctxOf(deps, request), request.params.id, request.body.comment)));

    app.post('/api/v1/window-ratings', {
      schema: {
        tags, summary: 'Open the window rating device for one case in reach (clerk): a one-time token, valid 15 minutes, for POST /api/v1/public/window-ratings',
        body: OpenWindowRatingBody, response: withErrors({ 201: WindowRatingOpened }),
      },
    }, async (request, reply) => reply.status(201).send(await openWindowRating(ctxOf(deps, request), request.body)));

    app.post('/api/v1/phone-ratings', {
      schema: { tags, summary: 'Record a rating given on the phone (电话回访; supervisor or clerk, case in reach)', body: PhoneRatingBody, response: withErrors({ 201: RatingResult }) },
    }, async (request, reply) => {
      const { caseId, ...input } = request.body;
      return reply.status(201).send(await rateByPhone(ctxOf(deps, request), caseId, input));
    });

    app.get('/api/v1/rectifications', {
      schema: {
        tags, summary: 'Rectifications of bad ratings in my reach (department staff: their department; supervisors: their region); filter by status and warning',
        querystring: RectificationQuery, response: withErrors({ 200: Type.Object({ rectifications: Type.Array(RectificationItem), total: Type.Integer() }) }),
      },
    }, async (request) => {
      const ctx = ctxOf(deps, request);
      const { rows, total } = await rectificationsFor(ctx, request.query);
      return { rectifications: rows.map((row) => presentRectification(row, nowIso(ctx))), total };
    });

    app.post('/api/v1/rectifications/:id/callback', {
      schema: { tags, summary: 'Record the callback (回访) of a bad rating (department staff, supervisor)', params, body: CallbackBody, response: withErrors({ 200: RectificationChanged }) },
    }, async (request) => recordCallback(ctxOf(deps, request), request.params.id, request.body));

    app.post('/api/v1/rectifications/:id/complete', {
      schema: { tags, summary: 'Record the measures and result; the applicant is told (after the callback)', params, body: CompleteBody, response: withErrors({ 200: RectificationChanged }) },
    }, async (request) => completeRectification(ctxOf(deps, request), request.params.id, request.body));

    app.post('/api/v1/ratings/:id/appeal', {
      schema: { tags, summary: "Appeal (申诉) a bad rating believed mistaken (the department's approver), while its rectification is open", params, body: AppealBody, response: withErrors({ 201: AppealResult }) },
    }, async (request, reply) => reply.status(201).send(await fileAppeal(ctxOf(deps, request), request.params.id, request.body.reason)));

    app.post('/api/v1/appeals/:id/decide', {
      schema: { tags, summary: 'Decide an appeal (supervisor of the region); upheld takes the rating out of the figures and closes its rectification', params, body: DecideBody, response: withErrors({ 200: AppealResult }) },
    }, async (request) => decideAppeal(ctxOf(deps, request), request.params.id, request.body));

    const regionParams = Type.Object({ code: Type.String({ pattern: '^\\d{6}(\\d{3})?$' }) });
    app.get('/api/v1/regions/:code/rating-settings', {
      schema: { tags, summary: "A region's rating settings in force (own or inherited; staff)", params: regionParams, response: withErrors({ 200: RatingSettings }) },
    }, async (request) => ratingSettingsOf(ctxOf(deps, request), request.params.code));

    app.put('/api/v1/regions/:code/rating-settings', {
      schema: { tags, summary: "Set a region's rectification deadline (workdays) and red-blue board minimum (admin)", params: regionParams, body: RatingSettingsBody, response: withErrors({ 200: RatingSettings }) },
    }, async (request) => setRatingSettings(ctxOf(deps, request), request.params.code, request.body));

    app.get('/api/v1/ratings/export', {
      schema: {
        tags, summary: 'Ratings of a span of dates as Excel; levels mapped explicitly (national: 5 = 非常满意; gbt39046: 1 = 非常满意)',
        querystring: ExportQuery, response: withErrors({ 200: Type.String({ description: XLSX }) }),
      },
    }, async (request, reply) => {
      const { from, to, format } = request.query;
      if (!isDateSpan(from, to)) throw invalidFields([{ field: 'to', code: 'date_order' }]);
      const workbook = await exportRatings(ctxOf(deps, request), { from: from as LocalDate, to: to as LocalDate, format });
      return reply.type(XLSX).header('content-disposition', `attachment; filename="ratings-${format}-${from}-${to}.xlsx"`).send(workbook);
    });
  };
}
