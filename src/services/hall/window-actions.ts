import { DomainError } from '../../core/errors.js';
import {
  callTicket, finishTicket, orderForCall, recallTicket, skipTicket, transferTicket, type HallCategory, type HallWindow, type Ticket,
} from '../../core/hall/index.js';
import type { Department } from '../../core/organization/types.js';
import { findDepartment, listDepartments } from '../../store/repositories/department-repository.js';
import { findHallSettings, findWindow, listCategories, swapCurrentTicket } from '../../store/repositories/hall-setup-repository.js';
import { findTicket, linkTicketCase, listWaiting, updateTicket } from '../../store/repositories/hall-ticket-repository.js';
import { reachOf } from '../../core/accounts/actor.js';
import { requireRole } from '../access/authorize.js';
import { viewCase } from '../cases/view-case.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction } from '../context.js';
import { hallToday, windowFor } from './hall-access.js';
import { recordHallChange } from './hall-audit.js';
import { categoryOfHall } from './take-ticket.js';

async function saveChange(trx: Trx, ctx: Ctx, before: Ticket, after: Ticket, action: string, now: string): Promise<void> {
  if (!(await updateTicket(trx, before, after, now))) throw new DomainError('request.conflict');
  await recordHallChange(trx, ctx, {
    hallId: after.hallId, ticketId: after.id, entity: 'hall_ticket', entityId: after.id, action,
    before: { status: before.status, windowId: before.windowId, categoryId: before.categoryId, callCount: before.callCount },
    after: { status: after.status, windowId: after.windowId, categoryId: after.categoryId, callCount: after.callCount, caseId: after.caseId },
  });
}

/**
 * Calls the next ticket to the window (叫号): the first, in the calling order, of the waiting tickets of
 * the categories the window serves. Each candidate is taken compare-and-set, so two windows calling at
 * once never get the same ticket: the loser moves on to the next. Null when nobody waits.
 */
export async function callNext(ctx: Ctx, windowId: string): Promise<Ticket | null> {
  const { window } = await windowFor(ctx, windowId);
  if (!window.active) throw new DomainError('hall.window_inactive');
  const clerkId = ctx.actor!.userId;
  const { now, today } = await hallToday(ctx);
  return inTransaction(ctx, async (trx) => {
    const { window: fresh, ticket: current } = await heldBy(trx, windowId);
    if (current) throw new DomainError('hall.window_busy', { number: current.number });
    const settings = await findHallSettings(trx, window.hallId);
    const active = (await listCategories(trx, window.hallId)).filter((c) => c.active).map((c) => c.id);
    const waiting = await listWaiting(trx, window.hallId, today, window.categoryIds.filter((id) => active.includes(id)));
    for (const candidate of orderForCall(waiting, now, settings?.rules.agingMinutes ?? 30)) {
      const called = callTicket(candidate, now, windowId, clerkId);
      if (!(await updateTicket(trx, candidate, called, now))) continue;
      if (!(await swapCurrentTicket(trx, windowId, fresh.currentTicketId, called.id, now))) throw new DomainError('request.conflict');
      await recordHallChange(trx, ctx, {
        hallId: called.hallId, ticketId: called.id, entity: 'hall_ticket', entityId: called.id, action: 'call',
        before: { status: candidate.status }, after: { status: called.status, windowId, callCount: called.callCount },
      });
      return called;
    }
    return null;
  });
}

/** The window as stored now, and the ticket it holds (a pointer to a ticket no longer called holds none). */
async function heldBy(trx: Trx, windowId: string): Promise<{ window: HallWindow; ticket: Ticket | null }> {
  const window = await findWindow(trx, windowId);
  if (!window) throw new DomainError('request.not_found');
  const found = window.currentTicketId ? await findTicket(trx, window.currentTicketId) : null;
  return { window, ticket: found?.ticket.status === 'called' ? found.ticket : null };
}

/** What a window does with the ticket it holds. */
export type WindowAction =
  | { readonly kind: 'recall' }
  | { readonly kind: 'skip' }
  | { readonly kind: 'transfer'; readonly categoryId: string }
  | { readonly kind: 'finish'; readonly caseId?: string | undefined };

/** Recall (重呼), skip (过号; a no-show after N calls), transfer (转号) or finish (办结) the window's ticket. */
export async function actOnCurrent(ctx: Ctx, windowId: string, action: WindowAction): Promise<Ticket> {
  await windowFor(ctx, windowId);
  if (action.kind === 'finish' && action.caseId) await viewCase(ctx, action.caseId);
  const { now } = await hallToday(ctx);
  return inTransaction(ctx, async (trx) => {
    const { ticket } = await heldBy(trx, windowId);
    if (!ticket) throw new DomainError('hall.no_current_ticket');
    const settings = await findHallSettings(trx, ticket.hallId);
    const noShowCalls = settings?.rules.noShowCalls ?? 3;
    const next = action.kind === 'recall' ? recallTicket(ticket, now, windowId, noShowCalls)
      : action.kind === 'skip' ? skipTicket(ticket, now, windowId, noShowCalls)
        : action.kind === 'transfer' ? transferTicket(ticket, windowId, (await categoryOfHall(trx, ticket.hallId, action.categoryId)).id)
          : finishTicket(ticket, now, windowId, ctx.actor!.userId, action.caseId ?? null);
    if (next.status !== 'called' && !(await swapCurrentTicket(trx, windowId, ticket.id, null, now))) throw new DomainError('request.conflict');
    await saveChange(trx, ctx, ticket, next, action.kind === 'skip' && next.status === 'no_show' ? 'no_show' : action.kind, now);
    return next;
  });
}

/** Links a ticket a window called to the case opened for its visitor (the clerk's intake page does it). */
export async function linkTicketToCase(ctx: Ctx, ticketId: string, caseId: string): Promise<Ticket> {
  requireRole(ctx.actor, 'clerk');
  const found = await findTicket(ctx.store.db, ticketId);
  if (!found?.ticket.windowId) throw new DomainError('request.not_found');
  await windowFor(ctx, found.ticket.windowId);
  await viewCase(ctx, caseId);
  const { now } = await hallToday(ctx);
  return inTransaction(ctx, async (trx) => {
    const current = await findTicket(trx, ticketId);
    if (!current || !['called', 'finished'].includes(current.ticket.status)) throw new DomainError('hall.ticket_state', { status: current?.ticket.status ?? 'none' });
    await linkTicketCase(trx, ticketId, caseId, now);
    const linked = { ...current.ticket, caseId };
    await recordHallChange(trx, ctx, {
      hallId: linked.hallId, ticketId, entity: 'hall_ticket', entityId: ticketId, action: 'link_case', before: { caseId: current.ticket.caseId }, after: { caseId },
    });
    return linked;
  });
}

/** A window as its clerk sees it: the ticket it holds and the queue of every category of the hall. */
export interface WindowView {
  readonly window: HallWindow;
  readonly department: Department;
  readonly hall: Department;
  readonly current: Ticket | null;
  readonly categories: { category: HallCategory; waiting: number; served: boolean }[];
}

export async function windowView(ctx: Ctx, windowId: string): Promise<WindowView> {
  const { window, department } = await windowFor(ctx, windowId);
  const { today } = await hallToday(ctx);
  const db = ctx.store.db;
  const hall = (await findDepartment(db, window.hallId))!;
  const current = window.currentTicketId ? (await findTicket(db, window.currentTicketId))?.ticket ?? null : null;
  const waiting = await listWaiting(db, window.hallId, today);
  const categories = (await listCategories(db, window.hallId)).filter((c) => c.active).map((category) => ({
    category, served: window.categoryIds.includes(category.id), waiting: waiting.filter((t) => t.categoryId === category.id).length,
  }));
  return { window, department, hall, current: current?.status === 'called' ? current : null, categories };
}

/** The set-up windows a clerk may work at (their department's subtree), for the intake page's choice. */
export async function clerkWindows(ctx: Ctx): Promise<{ window: HallWindow; department: Department }[]> {
  requireRole(ctx.actor, 'clerk');
  const departments = (await listDepartments(ctx.store.db, reachOf(ctx.actor, ['clerk']), null)).filter((d) => d.kind === 'window');
  const found = await Promise.all(departments.map(async (department) => ({ department, window: await findWindow(ctx.store.db, department.id) })));
  return found.filter((f): f is { department: Department; window: HallWindow } => f.window !== null);
}
