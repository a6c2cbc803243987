import { dayNumberOf, type LocalDate } from '../calendar/index.js';
import type { TicketPriority } from './types.js';

/**
 * The priority rule (docs/hall.md "Priority"). Priority tickets — an appointment kept (预约), an elderly
 * visitor (老年人权益保障法 Art. 2: 60 and over; 国办发〔2020〕45号 asks halls to keep a green lane for
 * the elderly) or a disabled one (残疾人保障法 Art. 50: 优先服务) — are called before ordinary ones; an
 * ordinary ticket that has waited `agingMinutes` ranks with them, so none waits for ever. Within a
 * rank, first come first called (by `queuedAt`, then the day's sequence).
 */

/** What the visitor said or showed when taking the number. */
export interface PriorityClaim {
  readonly appointment: boolean;
  readonly declared?: 'elderly' | 'disabled' | undefined;
  /** From an ID card read at the kiosk, when there is one; never stored. */
  readonly birthDate?: LocalDate | null | undefined;
  readonly today: LocalDate;
  readonly elderlyAge: number;
}

/** Full years (周岁) on `today` of someone born on `birthDate`. */
export function ageOn(birthDate: LocalDate, today: LocalDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** The ticket's priority, naming the strongest reason: an appointment, then disability, then age. */
export function priorityFor(claim: PriorityClaim): TicketPriority {
  if (claim.appointment) return 'appointment';
  if (claim.declared === 'disabled') return 'disabled';
  if (claim.declared === 'elderly') return 'elderly';
  const born = claim.birthDate;
  if (born && dayNumberOf(born) <= dayNumberOf(claim.today) && ageOn(born, claim.today) >= claim.elderlyAge) return 'elderly';
  return 'none';
}

/** The fields of a waiting ticket the calling order reads. */
export interface Queued {
  readonly id: string;
  readonly priority: TicketPriority;
  readonly queuedAt: string;
  readonly seq: number;
}

/** 1 for a priority ticket or an ordinary one that has waited `agingMinutes`; 0 otherwise. */
export function callRank(ticket: Queued, now: string, agingMinutes: number): 0 | 1 {
  if (ticket.priority !== 'none') return 1;
  return Date.parse(now) - Date.parse(ticket.queuedAt) >= agingMinutes * 60_000 ? 1 : 0;
}

/** The calling order: rank, then queue time, then the day's sequence, then id (a total order). */
export function compareForCall(a: Queued, b: Queued, now: string, agingMinutes: number): number {
  return callRank(b, now, agingMinutes) - callRank(a, now, agingMinutes)
    || Date.parse(a.queuedAt) - Date.parse(b.queuedAt)
    || a.seq - b.seq
    || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The waiting tickets in the order they will be called. */
export function orderForCall<T extends Queued>(waiting: readonly T[], now: string, agingMinutes: number): T[] {
  return [...waiting].sort((a, b) => compareForCall(a, b, now, agingMinutes));
}

/** How many of `waiting` will be called before `ticket` (as things stand now). */
export function aheadOf(ticket: Queued, waiting: readonly Queued[], now: string, agingMinutes: number): number {
  return waiting.filter((other) => other.id !== ticket.id && compareForCall(other, ticket, now, agingMinutes) < 0).length;
}
