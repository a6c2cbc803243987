import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../../services/context.js';
import { createSlots } from '../../services/hall/appointments.js';
import { hallFiguresFor } from '../../services/hall/figures.js';
import { createCategory, listAdminHalls, readHallSetup, setUpWindow, updateCategory, updateHallSettings } from '../../services/hall/hall-setup.js';
import type { IsoWeekday } from '../../core/calendar/index.js';
import { presentCategory, presentFigures, presentSetup } from '../presenters/hall.js';
import { Id, withErrors } from '../schemas/common.js';
import {
  CreateCategoryBody, Figures, FiguresQuery, HallCategory, HallList, HallParams, HallSettingsBody, HallSetup, SlotsBody, SlotsCreated, UpdateCategoryBody,
  WindowSetupBody,
} from '../schemas/hall.js';
import { ctxOf } from '../request-context.js';

const tags = ['hall'];

/** Hall setup (admin): settings, categories, windows, appointment slots; and the hall's figures. */
export function hallSetupRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/halls', {
      schema: { tags, summary: 'Service halls in my reach (admin), each with whether it is set up for queueing', response: withErrors({ 200: HallList }) },
    }, async (request) => ({
      halls: (await listAdminHalls(ctxOf(deps, request))).map(({ hall, setUp }) => ({ id: hall.id, name: hall.name, regionCode: hall.regionCode, setUp })),
    }));

    app.get('/api/v1/halls/:hallId', {
      schema: { tags, summary: "A hall's queue setup: settings, categories, windows (admin)", params: HallParams, response: withErrors({ 200: HallSetup }) },
    }, async (request) => presentSetup(await readHallSetup(ctxOf(deps, request), request.params.hallId)));

    app.put('/api/v1/halls/:hallId/settings', {
      schema: {
        tags, summary: 'Opening hours per weekday, screen notices and queue rules (admin); the first save sets the hall up', params: HallParams,
        body: HallSettingsBody, response: withErrors({ 200: HallSetup }),
      },
    }, async (request) => {
      const { hours, notices, ...rules } = request.body;
      const setup = await updateHallSettings(ctxOf(deps, request), request.params.hallId, {
        hours: hours.map((h) => ({ ...h, weekday: h.weekday as IsoWeekday })), notices, rules,
      });
      return presentSetup(setup);
    });

    app.post('/api/v1/halls/:hallId/categories', {
      schema: { tags, summary: 'A business category with its ticket letter and items (admin)', params: HallParams, body: CreateCategoryBody, response: withErrors({ 201: HallCategory }) },
    }, async (request, reply) => reply.status(201).send(presentCategory(await createCategory(ctxOf(deps, request), request.params.hallId, request.body))));

    app.patch('/api/v1/halls/:hallId/categories/:categoryId', {
      schema: {
        tags, summary: 'Rename a category, map it to items, change its minutes or order, (de)activate it (admin)',
        params: Type.Object({ hallId: Id, categoryId: Id }), body: UpdateCategoryBody, response: withErrors({ 200: HallCategory }),
      },
    }, async (request) => presentCategory(await updateCategory(ctxOf(deps, request), request.params.hallId, request.params.categoryId, request.body)));

    app.put('/api/v1/halls/:hallId/windows/:windowId', {
      schema: {
        tags, summary: "A window's number on the screen, the categories it serves, open or not (admin; the window is a department of kind window under the hall)",
        params: Type.Object({ hallId: Id, windowId: Id }), body: WindowSetupBody, response: withErrors({ 200: HallSetup }),
      },
    }, async (request) => {
      const ctx = ctxOf(deps, request);
      await setUpWindow(ctx, request.params.hallId, request.params.windowId, request.body);
      return presentSetup(await readHallSetup(ctx, request.params.hallId));
    });

    app.post('/api/v1/halls/:hallId/slots', {
      schema: {
        tags, summary: 'Open appointment slots of a category for each open day of a period, at times within the opening hours (admin)',
        params: HallParams, body: SlotsBody, response: withErrors({ 201: SlotsCreated }),
      },
    }, async (request, reply) => reply.status(201).send(await createSlots(ctxOf(deps, request), request.params.hallId, request.body)));

    app.get('/api/v1/halls/:hallId/figures', {
      schema: {
        tags, summary: 'Waiting and serving times per category, window and clerk, tickets per hour, no-show rates (admin, supervisor, analyst)',
        params: HallParams, querystring: FiguresQuery, response: withErrors({ 200: Figures }),
      },
    }, async (request) => presentFigures(await hallFiguresFor(ctxOf(deps, request), request.params.hallId, request.query.from, request.query.to)));
  };
}
