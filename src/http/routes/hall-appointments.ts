import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Ctx, Deps } from '../../services/context.js';
import { bookAppointment, cancelAppointment, changeAppointment, checkInAppointment, myAppointments } from '../../services/hall/appointments.js';
import { presentAppointment } from '../presenters/hall.js';
import { withErrors } from '../schemas/common.js';
import { Appointment, AppointmentParams, BookBody, IssuedTicket } from '../schemas/hall.js';
import { ctxOf } from '../request-context.js';
import type { HallAppointmentRow } from '../../store/hall-tables.js';
import { issuedAnswer } from './hall-public.js';

const tags = ['hall'];

/** The appointment as its applicant now sees it (names and the derived status). */
async function mine(ctx: Ctx, row: HallAppointmentRow) {
  const view = (await myAppointments(ctx)).find((a) => a.row.id === row.id)!;
  return presentAppointment(view);
}

/** Appointments (预约) from the applicant's pages: book, change, cancel, check in on arrival. */
export function hallAppointmentRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/hall-appointments', {
      schema: { tags, summary: 'My appointments, newest first (applicant); a booked one whose slot ended shows as no_show', response: withErrors({ 200: Type.Object({ appointments: Type.Array(Appointment) }) }) },
    }, async (request) => ({ appointments: (await myAppointments(ctxOf(deps, request))).map(presentAppointment) }));

    app.post('/api/v1/hall-appointments', {
      schema: { tags, summary: 'Book a place in a slot (applicant): one per category and day; 3 no-shows in 90 days suspend booking', body: BookBody, response: withErrors({ 201: Appointment }) },
    }, async (request, reply) => {
      const ctx = ctxOf(deps, request);
      return reply.status(201).send(await mine(ctx, await bookAppointment(ctx, request.body.slotId)));
    });

    app.post('/api/v1/hall-appointments/:id/change', {
      schema: { tags, summary: 'Move my appointment to another slot of the hall, before it starts', params: AppointmentParams, body: BookBody, response: withErrors({ 200: Appointment }) },
    }, async (request) => {
      const ctx = ctxOf(deps, request);
      return mine(ctx, await changeAppointment(ctx, request.params.id, request.body.slotId));
    });

    app.post('/api/v1/hall-appointments/:id/cancel', {
      schema: { tags, summary: 'Cancel my appointment before it starts', params: AppointmentParams, response: withErrors({ 200: Appointment }) },
    }, async (request) => {
      const ctx = ctxOf(deps, request);
      return mine(ctx, await cancelAppointment(ctx, request.params.id));
    });

    app.post('/api/v1/hall-appointments/:id/check-in', {
      schema: {
        tags, summary: 'Check in at the hall (from 30 minutes before the slot to its end): a priority ticket', params: AppointmentParams,
        response: withErrors({ 201: IssuedTicket }),
      },
    }, async (request, reply) => reply.status(201).send(await issuedAnswer(deps, await checkInAppointment(ctxOf(deps, request), request.params.id))));
  };
}
