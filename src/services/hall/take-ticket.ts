import { randomBytes } from 'node:crypto';
import { DomainError, invalidFields } from '../../core/errors.js';
import {
  formatTicketNumber, isOpenAt, priorityFor, type HallCategory, type Ticket, type TicketChannel, type TicketPriority,
} from '../../core/hall/index.js';
import { birthDateOfIdNumber, isValidIdNumber } from '../../core/identity/index.js';
import { parseLocalDate } from '../../core/calendar/index.js';
import { findCategory, type HallSettings } from '../../store/repositories/hall-setup-repository.js';
import { insertTicket, nextTicketSeq } from '../../store/repositories/hall-ticket-repository.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction } from '../context.js';
import { hallToday, openHall } from './hall-access.js';
import { recordHallChange } from './hall-audit.js';

/** A new ticket and the secret of its phone page (shown once, to whoever took it). */
export interface IssuedTicket {
  readonly ticket: Ticket;
  readonly accessCode: string;
}

/** Throws unless the hall is open now (its hours under the workday calendar). */
export async function requireHallOpen(ctx: Ctx, settings: HallSettings): Promise<{ now: string; today: Ticket['day'] }> {
  const { now, today, kind } = await hallToday(ctx);
  if (!isOpenAt(settings.hours, now, kind)) throw new DomainError('hall.closed');
  return { now, today };
}

/** An active category of the hall, or a field error. */
export async function categoryOfHall(trx: Trx, hallId: string, categoryId: string, field = 'categoryId'): Promise<HallCategory> {
  const category = await findCategory(trx, categoryId);
  if (!category || category.hallId !== hallId || !category.active) throw invalidFields([{ field, code: 'not_found' }]);
  return category;
}

/**
 * Issues the day's next number of a category in the caller's transaction: the counter row of
 * (hall, category, day) is raised in the same transaction, so numbers never repeat, whatever the concurrency.
 */
export async function issueTicket(
  trx: Trx, ctx: Ctx,
  input: { category: HallCategory; now: string; today: Ticket['day']; priority: TicketPriority; channel: TicketChannel; appointmentId: string | null },
): Promise<IssuedTicket> {
  const seq = await nextTicketSeq(trx, input.category.hallId, input.category.id, input.today);
  const ticket: Ticket = {
    id: ctx.newId(), hallId: input.category.hallId, categoryId: input.category.id, originCategoryId: input.category.id, day: input.today, seq,
    number: formatTicketNumber(input.category.prefix, seq), priority: input.priority, channel: input.channel, appointmentId: input.appointmentId,
    status: 'waiting', takenAt: input.now, queuedAt: input.now, firstCalledAt: null, calledAt: null, callCount: 0, windowId: null, clerkId: null,
    finishedAt: null, caseId: null, transfers: 0,
  };
  // 72 random bits: the phone page's link cannot be guessed from another ticket's.
  const accessCode = randomBytes(9).toString('base64url');
  await insertTicket(trx, ticket, accessCode, input.now);
  await recordHallChange(trx, ctx, {
    hallId: ticket.hallId, ticketId: ticket.id, entity: 'hall_ticket', entityId: ticket.id, action: 'take',
    after: { number: ticket.number, categoryId: ticket.categoryId, priority: ticket.priority, channel: ticket.channel },
  });
  return { ticket, accessCode };
}

export interface TakeTicketInput {
  readonly categoryId: string;
  readonly channel: 'kiosk' | 'phone';
  /** 适老化: the visitor says they are elderly or disabled; the window checks when it calls them. */
  readonly assist?: 'elderly' | 'disabled' | undefined;
  /** Read from an ID card at the kiosk, to recognise age; used once and never stored. */
  readonly idNumber?: string | undefined;
}

/** Takes a number (no login: the kiosk, or a phone through the hall's QR code). */
export async function takeTicket(ctx: Ctx, hallId: string, input: TakeTicketInput): Promise<IssuedTicket> {
  if (input.idNumber !== undefined && !isValidIdNumber(input.idNumber)) throw invalidFields([{ field: 'idNumber', code: 'id_number_invalid' }]);
  const { settings } = await openHall(ctx.store.db, hallId);
  const { now, today } = await requireHallOpen(ctx, settings);
  const born = input.idNumber ? birthDateOfIdNumber(input.idNumber) : null;
  const priority = priorityFor({
    appointment: false, declared: input.assist, birthDate: born ? parseLocalDate(born) : null, today, elderlyAge: settings.rules.elderlyAge,
  });
  return inTransaction(ctx, async (trx) => {
    const category = await categoryOfHall(trx, hallId, input.categoryId);
    return issueTicket(trx, ctx, { category, now, today, priority, channel: input.channel, appointmentId: null });
  });
}
