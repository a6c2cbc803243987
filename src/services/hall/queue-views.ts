import { timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../core/errors.js';
import {
  aheadOf, estimateWaitMinutes, isOpenAt, openingOn, THROUGHPUT_MINUTES, type HallCategory, type HallWindow, type Ticket,
} from '../../core/hall/index.js';
import type { Department } from '../../core/organization/types.js';
import { listCategories, listWindows, type HallSettings } from '../../store/repositories/hall-setup-repository.js';
import { countClosedSince, findTicket, latestCalls, listWaiting } from '../../store/repositories/hall-ticket-repository.js';
import type { Db, Deps } from '../context.js';
import { hallToday, openHall } from './hall-access.js';

/** Where a waiting ticket stands: tickets of its category called before it, and the estimated wait. */
export interface Standing {
  readonly ahead: number;
  readonly estimatedWaitMinutes: number;
}

/** The standing of a waiting ticket now (docs/hall.md "Estimated wait"). */
export async function standingOf(db: Db, ticket: Ticket, category: HallCategory, settings: HallSettings, now: string): Promise<Standing> {
  const waiting = await listWaiting(db, ticket.hallId, ticket.day, [ticket.categoryId]);
  const ahead = aheadOf(ticket, waiting, now, settings.rules.agingMinutes);
  const since = new Date(Date.parse(now) - THROUGHPUT_MINUTES * 60_000).toISOString();
  const windows = (await listWindows(db, ticket.hallId)).filter((w) => w.active && w.categoryIds.includes(category.id)).length;
  const closedRecently = await countClosedSince(db, category.id, since);
  return { ahead, estimatedWaitMinutes: estimateWaitMinutes({ ahead, closedRecently, serviceMinutes: category.serviceMinutes, windows }) };
}

/** A ticket as its visitor's phone shows it: no personal data, only the number and where to go. */
export interface PublicTicketView {
  readonly hall: Department;
  readonly ticket: Ticket;
  readonly category: HallCategory;
  readonly window: HallWindow | null;
  readonly standing: Standing | null;
}

function sameCode(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** A ticket by its id and phone-page code; a wrong code answers like a missing ticket. */
export async function publicTicket(deps: Deps, ticketId: string, code: string): Promise<PublicTicketView> {
  const found = await findTicket(deps.store.db, ticketId);
  if (!found || !sameCode(found.accessCode, code)) throw new DomainError('request.not_found');
  const { ticket } = found;
  const { hall, settings } = await openHall(deps.store.db, ticket.hallId);
  const categories = await listCategories(deps.store.db, ticket.hallId);
  const category = categories.find((c) => c.id === ticket.categoryId)!;
  const window = ticket.windowId ? (await listWindows(deps.store.db, ticket.hallId)).find((w) => w.windowId === ticket.windowId) ?? null : null;
  const standing = ticket.status === 'waiting' ? await standingOf(deps.store.db, ticket, category, settings, (await hallToday(deps)).now) : null;
  return { hall, ticket, category, window, standing };
}

/** The waiting-room screen: no personal data, only numbers, windows, counts and notices. */
export interface ScreenView {
  readonly hall: Department;
  readonly now: string;
  readonly open: boolean;
  readonly hoursToday: { open: string; close: string }[];
  readonly calls: { number: string; windowNumber: string; calledAt: string; status: Ticket['status'] }[];
  readonly categories: { category: HallCategory; waiting: number }[];
  readonly notices: readonly string[];
}

/** How many of the latest calls the screen lists. */
export const SCREEN_CALLS = 8;

export async function screenView(deps: Deps, hallId: string): Promise<ScreenView> {
  const { hall, settings } = await openHall(deps.store.db, hallId);
  const { now, today, kind } = await hallToday(deps);
  const windows = await listWindows(deps.store.db, hallId);
  const waiting = await listWaiting(deps.store.db, hallId, today);
  const calls = (await latestCalls(deps.store.db, hallId, today, SCREEN_CALLS)).map((t) => ({
    number: t.number, windowNumber: windows.find((w) => w.windowId === t.windowId)?.number ?? '', calledAt: t.calledAt!, status: t.status,
  }));
  return {
    hall, now, open: isOpenAt(settings.hours, now, kind), hoursToday: openingOn(settings.hours, today, kind), calls, notices: settings.notices,
    categories: (await listCategories(deps.store.db, hallId)).filter((c) => c.active)
      .map((category) => ({ category, waiting: waiting.filter((t) => t.categoryId === category.id).length })),
  };
}
