import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../../services/context.js';
import { availableSlots, checkInByCode } from '../../services/hall/appointments.js';
import type { HallFeed } from '../../services/hall/hall-feed.js';
import { hallTakeQr, ticketQr } from '../../services/hall/hall-qr.js';
import { publicHalls } from '../../services/hall/hall-setup.js';
import { publicTicket, screenView } from '../../services/hall/queue-views.js';
import { takeTicket, type IssuedTicket as Issued } from '../../services/hall/take-ticket.js';
import { presentIssued, presentPublicTicket, presentScreen, presentSlot } from '../presenters/hall.js';
import { withErrors, withLookupErrors } from '../schemas/common.js';
import { binary } from '../schemas/items.js';
import {
  CheckInCodeBody, HallParams, IssuedTicket, PublicHallList, PublicTicket, Screen, Slot, SlotsQuery, TakeTicketBody, TicketCodeQuery, TicketParams,
} from '../schemas/hall.js';
import { ctxOf } from '../request-context.js';
import { streamView } from './hall-stream.js';

const tags = ['public'];
const svg = withErrors({ 200: binary('image/svg+xml', 'SVG image') });

/** A new ticket as its taker sees it, with the secret of its phone page. */
export async function issuedAnswer(deps: Deps, issued: Issued) {
  return presentIssued(await publicTicket(deps, issued.ticket.id, issued.accessCode), issued);
}

/** The hall without login: take a number, follow a ticket (无声叫号), the waiting-room screen, slots, kiosk check-in. */
export function hallPublicRoutes(deps: Deps, feed: HallFeed): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/public/halls', {
      schema: { tags, security: [], summary: 'The halls set up for queueing (for the kiosk and screen pages to choose from)', response: withErrors({ 200: PublicHallList }) },
    }, async () => ({ halls: (await publicHalls(deps.store.db)).map((h) => ({ id: h.id, name: h.name })) }));

    const screen = async (hallId: string) => presentScreen(await screenView(deps, hallId));
    app.get('/api/v1/public/halls/:hallId/screen', {
      schema: {
        tags, security: [], summary: 'The waiting-room screen: latest calls, waiting per category, notices, open or not (no personal data)',
        params: HallParams, response: withErrors({ 200: Screen }),
      },
    }, async (request) => screen(request.params.hallId));

    app.get('/api/v1/public/halls/:hallId/screen/stream', {
      schema: { tags, security: [], summary: 'The screen as server-sent events: the view now and after every change of the queue', params: HallParams },
    }, async (request, reply) => {
      const { hallId } = request.params;
      await streamView(feed, request, reply, hallId, await screen(hallId), () => screen(hallId));
    });

    app.post('/api/v1/public/halls/:hallId/tickets', {
      schema: {
        tags, security: [], summary: "Take a number (kiosk, or a phone through the hall's QR code) while the hall is open; priority for the elderly and disabled",
        params: HallParams, body: TakeTicketBody, response: withErrors({ 201: IssuedTicket }),
      },
    }, async (request, reply) => reply.status(201).send(await issuedAnswer(deps, await takeTicket(ctxOf(deps, request), request.params.hallId, request.body))));

    app.post('/api/v1/public/halls/:hallId/check-in', {
      schema: {
        tags, security: [], summary: "Check in at the kiosk with an appointment's 8-digit code: a priority ticket (a wrong code is 404; 429 after 30 wrong codes from an address in an hour)", params: HallParams, body: CheckInCodeBody,
        response: withLookupErrors({ 201: IssuedTicket }),
      },
    }, async (request, reply) => reply.status(201).send(await issuedAnswer(deps, await checkInByCode(ctxOf(deps, request), request.params.hallId, request.body.code))));

    app.get('/api/v1/public/halls/:hallId/slots', {
      schema: {
        tags, security: [], summary: 'Appointment slots of a period with places left', params: HallParams, querystring: SlotsQuery,
        response: withErrors({ 200: Type.Object({ slots: Type.Array(Slot) }) }),
      },
    }, async (request) => ({ slots: (await availableSlots(deps, request.params.hallId, request.query)).map(presentSlot) }));

    app.get('/api/v1/public/halls/:hallId/qr.svg', {
      schema: { tags, security: [], summary: "The hall's QR code: opens the phone page to take a number", params: HallParams, response: svg },
    }, async (request, reply) => reply.type('image/svg+xml').send(await hallTakeQr(deps, request.params.hallId, `${request.protocol}://${request.host}`)));

    const ticket = async (id: string, code: string) => presentPublicTicket(await publicTicket(deps, id, code));
    app.get('/api/v1/public/hall-tickets/:ticketId', {
      schema: {
        tags, security: [], summary: "A ticket on its visitor's phone: place in the queue, estimated wait, the window when called (a wrong code is 404)",
        params: TicketParams, querystring: TicketCodeQuery, response: withErrors({ 200: PublicTicket }),
      },
    }, async (request) => ticket(request.params.ticketId, request.query.code));

    app.get('/api/v1/public/hall-tickets/:ticketId/stream', {
      schema: { tags, security: [], summary: 'The ticket as server-sent events (无声叫号): the view now and after every change of its hall\'s queue', params: TicketParams, querystring: TicketCodeQuery },
    }, async (request, reply) => {
      const { ticketId } = request.params;
      const { code } = request.query;
      const first = await ticket(ticketId, code);
      await streamView(feed, request, reply, first.hall.id, first, () => ticket(ticketId, code));
    });

    app.get('/api/v1/public/hall-tickets/:ticketId/qr.svg', {
      schema: { tags, security: [], summary: "The QR code of a ticket's phone page, shown by the kiosk", params: TicketParams, querystring: TicketCodeQuery, response: svg },
    }, async (request, reply) => reply.type('image/svg+xml')
      .send(await ticketQr(deps, request.params.ticketId, request.query.code, `${request.protocol}://${request.host}`)));
  };
}
