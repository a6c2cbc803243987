import { localDateOf } from '../clock/index.js';
import { localMinutesOf } from './opening-hours.js';
import type { Ticket } from './types.js';

/**
 * Hall figures for a period (docs/hall.md "Figures"). Each ticket counts once, where it ended: in its
 * final category, at the window and with the clerk who last called it.
 * - waiting time: from taking the number to its first call;
 * - serving time: from the last call to finishing (a finished ticket only);
 * - no-show rate: no-shows / (finished + no-shows), the tickets a window closed.
 */
export interface QueueFigures {
  readonly tickets: number;
  readonly called: number;
  readonly finished: number;
  readonly noShows: number;
  /** Average minutes, one decimal; null without a ticket to measure. */
  readonly avgWaitMinutes: number | null;
  readonly maxWaitMinutes: number | null;
  readonly avgServeMinutes: number | null;
  /** 0..1, four decimals; null when no ticket was closed at a window. */
  readonly noShowRate: number | null;
}

export interface AppointmentRecord {
  readonly status: 'booked' | 'cancelled' | 'checked_in' | 'no_show';
}

export interface AppointmentFigures {
  readonly booked: number;
  readonly checkedIn: number;
  readonly cancelled: number;
  readonly noShows: number;
  /** no-shows / (checked in + no-shows); null when no appointment's time has come. */
  readonly noShowRate: number | null;
}

export interface HallFigures {
  readonly total: QueueFigures;
  readonly byCategory: readonly (QueueFigures & { readonly key: string })[];
  readonly byWindow: readonly (QueueFigures & { readonly key: string })[];
  readonly byClerk: readonly (QueueFigures & { readonly key: string })[];
  /** Tickets taken per hour of the day (Asia/Shanghai), 0–23, over the whole period. */
  readonly perHour: readonly { readonly hour: number; readonly tickets: number }[];
  /** Tickets taken per day of the period that had any. */
  readonly perDay: readonly { readonly day: string; readonly tickets: number }[];
  readonly appointments: AppointmentFigures;
}

const minutesBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000;
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const average = (values: readonly number[]) => (values.length === 0 ? null : round(values.reduce((s, v) => s + v, 0) / values.length, 1));

/** Figures of a set of tickets. */
export function queueFigures(tickets: readonly Ticket[]): QueueFigures {
  const waits = tickets.filter((t) => t.firstCalledAt).map((t) => minutesBetween(t.takenAt, t.firstCalledAt!));
  const served = tickets.filter((t) => t.status === 'finished' && t.calledAt && t.finishedAt);
  const finished = tickets.filter((t) => t.status === 'finished').length;
  const noShows = tickets.filter((t) => t.status === 'no_show').length;
  return {
    tickets: tickets.length,
    called: waits.length,
    finished,
    noShows,
    avgWaitMinutes: average(waits),
    maxWaitMinutes: waits.length === 0 ? null : round(Math.max(...waits), 1),
    avgServeMinutes: average(served.map((t) => minutesBetween(t.calledAt!, t.finishedAt!))),
    noShowRate: finished + noShows === 0 ? null : round(noShows / (finished + noShows), 4),
  };
}

function grouped(tickets: readonly Ticket[], keyOf: (t: Ticket) => string | null) {
  const groups = new Map<string, Ticket[]>();
  for (const ticket of tickets) {
    const key = keyOf(ticket);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), ticket]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, group]) => ({ key, ...queueFigures(group) }));
}

function appointmentFigures(records: readonly AppointmentRecord[]): AppointmentFigures {
  const count = (status: AppointmentRecord['status']) => records.filter((r) => r.status === status).length;
  const checkedIn = count('checked_in');
  const noShows = count('no_show');
  return {
    booked: records.length, checkedIn, cancelled: count('cancelled'), noShows,
    noShowRate: checkedIn + noShows === 0 ? null : round(noShows / (checkedIn + noShows), 4),
  };
}

/** The figures page: totals, per category, window and clerk, per hour and day, and appointments. */
export function hallFigures(tickets: readonly Ticket[], appointments: readonly AppointmentRecord[]): HallFigures {
  const perHour = Array.from({ length: 24 }, (_, hour) => ({ hour, tickets: 0 }));
  const perDay = new Map<string, number>();
  for (const ticket of tickets) {
    perHour[Math.floor(localMinutesOf(ticket.takenAt) / 60)]!.tickets += 1;
    const day = localDateOf(ticket.takenAt);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  return {
    total: queueFigures(tickets),
    byCategory: grouped(tickets, (t) => t.categoryId),
    byWindow: grouped(tickets, (t) => t.windowId),
    byClerk: grouped(tickets, (t) => t.clerkId),
    perHour,
    perDay: [...perDay].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, count]) => ({ day, tickets: count })),
    appointments: appointmentFigures(appointments),
  };
}
