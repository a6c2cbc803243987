import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../../services/context.js';
import { actOnCurrent, callNext, clerkWindows, linkTicketToCase, windowView, type WindowAction } from '../../services/hall/window-actions.js';
import { presentStaffTicket, presentWindow } from '../presenters/hall.js';
import { withErrors } from '../schemas/common.js';
import { CallNextAnswer, FinishBody, LinkCaseBody, TicketAnswer, TicketParams, TransferBody, WindowList, WindowParams, WindowState } from '../schemas/hall.js';
import { ctxOf } from '../request-context.js';

const tags = ['hall'];

/** Calling at a window (clerk): call next, recall, skip, transfer, finish, and link the ticket to its case. */
export function hallWindowRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/hall-windows', {
      schema: { tags, summary: 'The set-up windows I may work at (clerk: my department\'s subtree)', response: withErrors({ 200: WindowList }) },
    }, async (request) => ({
      windows: (await clerkWindows(ctxOf(deps, request))).map(({ window, department }) => ({
        id: window.windowId, name: department.name, number: window.number, hallId: window.hallId, active: window.active,
      })),
    }));

    app.get('/api/v1/hall-windows/:windowId', {
      schema: { tags, summary: 'A window: the ticket it holds and the queue per category (clerk)', params: WindowParams, response: withErrors({ 200: WindowState }) },
    }, async (request) => presentWindow(await windowView(ctxOf(deps, request), request.params.windowId)));

    app.post('/api/v1/hall-windows/:windowId/call-next', {
      schema: {
        tags, summary: 'Call the next ticket of the categories the window serves, priorities first (clerk); ticket null when nobody waits',
        params: WindowParams, response: withErrors({ 200: CallNextAnswer }),
      },
    }, async (request) => {
      const ticket = await callNext(ctxOf(deps, request), request.params.windowId);
      return { ticket: ticket ? presentStaffTicket(ticket) : null };
    });

    const act = (path: string, summary: string, toAction: (body: unknown) => WindowAction, body = {}) => {
      app.post(`/api/v1/hall-windows/:windowId/${path}`, {
        schema: { tags, summary, params: WindowParams, ...body, response: withErrors({ 200: TicketAnswer }) },
      }, async (request) => ({ ticket: presentStaffTicket(await actOnCurrent(ctxOf(deps, request), request.params.windowId, toAction(request.body))) }));
    };
    act('recall', "Call the window's ticket again (重呼), up to the hall's no-show calls", () => ({ kind: 'recall' }));
    act('skip', 'The visitor did not come (过号): back to the queue, or a no-show once called N times', () => ({ kind: 'skip' }));
    act('transfer', "Send the window's ticket to another category's queue (转号), keeping its number and place in time",
      (body) => ({ kind: 'transfer', categoryId: (body as { categoryId: string }).categoryId }), { body: TransferBody });
    act('finish', "Finish the window's ticket (办结), optionally linking the case opened for the visitor",
      (body) => ({ kind: 'finish', caseId: (body as { caseId?: string } | undefined)?.caseId }), { body: Type.Optional(FinishBody) });

    app.post('/api/v1/hall-tickets/:ticketId/case', {
      schema: {
        tags, summary: 'Link a called or finished ticket to the case the clerk opened for its visitor', params: TicketParams, body: LinkCaseBody,
        response: withErrors({ 200: TicketAnswer }),
      },
    }, async (request) => ({ ticket: presentStaffTicket(await linkTicketToCase(ctxOf(deps, request), request.params.ticketId, request.body.caseId)) }));
  };
}
