import { DomainError } from '../errors.js';
import type { Ticket } from './types.js';

/**
 * What a window does with a ticket (docs/hall.md "Calling"). Each function checks the ticket's state and
 * returns its next value; the service saves it only if nobody changed the ticket meanwhile.
 */

function requireStatus(ticket: Ticket, ...allowed: Ticket['status'][]): void {
  if (!allowed.includes(ticket.status)) throw new DomainError('hall.ticket_state', { status: ticket.status });
}

/** The ticket is called to a window (叫号): the first call starts nothing but the count of calls. */
export function callTicket(ticket: Ticket, at: string, windowId: string, clerkId: string): Ticket {
  requireStatus(ticket, 'waiting');
  return { ...ticket, status: 'called', calledAt: at, firstCalledAt: ticket.firstCalledAt ?? at, callCount: ticket.callCount + 1, windowId, clerkId };
}

function requireAtWindow(ticket: Ticket, windowId: string): void {
  requireStatus(ticket, 'called');
  if (ticket.windowId !== windowId) throw new DomainError('hall.other_window');
}

/** Called again (重呼), up to `noShowCalls` calls in all; after that the window skips it. */
export function recallTicket(ticket: Ticket, at: string, windowId: string, noShowCalls: number): Ticket {
  requireAtWindow(ticket, windowId);
  if (ticket.callCount >= noShowCalls) throw new DomainError('hall.call_limit', { calls: ticket.callCount });
  return { ...ticket, calledAt: at, callCount: ticket.callCount + 1 };
}

/**
 * The visitor did not come (过号). Called `noShowCalls` times, the ticket is a no-show; before that it
 * goes back to the end of the queue of its rank, keeping its calls.
 */
export function skipTicket(ticket: Ticket, at: string, windowId: string, noShowCalls: number): Ticket {
  requireAtWindow(ticket, windowId);
  if (ticket.callCount >= noShowCalls) return { ...ticket, status: 'no_show', finishedAt: at };
  return { ...ticket, status: 'waiting', queuedAt: at, windowId: null };
}

/**
 * Sent to another category's queue (转号): the visitor waited already, so the ticket keeps its place in
 * time (queuedAt) and its number; its calls start again.
 */
export function transferTicket(ticket: Ticket, windowId: string, categoryId: string): Ticket {
  requireAtWindow(ticket, windowId);
  if (categoryId === ticket.categoryId) throw new DomainError('hall.same_category');
  return { ...ticket, status: 'waiting', categoryId, callCount: 0, calledAt: null, windowId: null, transfers: ticket.transfers + 1 };
}

/** Served (办结); optionally linked to the case the clerk opened for the visitor. */
export function finishTicket(ticket: Ticket, at: string, windowId: string, clerkId: string, caseId: string | null): Ticket {
  requireAtWindow(ticket, windowId);
  return { ...ticket, status: 'finished', finishedAt: at, clerkId, caseId: caseId ?? ticket.caseId };
}
