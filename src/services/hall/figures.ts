import { addDays, dayNumberOf, parseLocalDate } from '../../core/calendar/index.js';
import { startOfDay } from '../../core/clock/index.js';
import { invalidFields } from '../../core/errors.js';
import { appointmentStatus, hallFigures, type HallFigures, type StoredAppointmentStatus } from '../../core/hall/index.js';
import type { Department } from '../../core/organization/types.js';
import { appointmentsBetween } from '../../store/repositories/hall-appointment-repository.js';
import { listCategories, listWindows } from '../../store/repositories/hall-setup-repository.js';
import { ticketsTakenBetween } from '../../store/repositories/hall-ticket-repository.js';
import { findUser } from '../../store/repositories/user-repository.js';
import type { Ctx } from '../context.js';
import { nowIso } from '../context.js';
import { hallFor } from './hall-access.js';

/** A period's figures can cover at most a year. */
export const MAX_FIGURE_DAYS = 366;

/** The figures with the names their keys stand for. */
export interface HallFiguresView {
  readonly hall: Department;
  readonly from: string;
  readonly to: string;
  readonly figures: HallFigures;
  readonly names: { categories: Record<string, string>; windows: Record<string, string>; clerks: Record<string, string> };
}

/** Waiting and serving times, tickets per hour, no-show rates of a hall over [from, to] (admin, supervisor, analyst in reach). */
export async function hallFiguresFor(ctx: Ctx, hallId: string, fromText: string, toText: string): Promise<HallFiguresView> {
  const hall = await hallFor(ctx, hallId, ['admin', 'supervisor', 'analyst']);
  const from = parseLocalDate(fromText);
  const to = parseLocalDate(toText);
  const span = dayNumberOf(to) - dayNumberOf(from);
  if (span < 0) throw invalidFields([{ field: 'to', code: 'date_order' }]);
  if (span >= MAX_FIGURE_DAYS) throw invalidFields([{ field: 'to', code: 'maximum', params: { limit: addDays(from, MAX_FIGURE_DAYS - 1) } }]);
  const db = ctx.store.db;
  const tickets = await ticketsTakenBetween(db, hallId, startOfDay(from), startOfDay(addDays(to, 1)));
  const now = nowIso(ctx);
  const appointments = (await appointmentsBetween(db, hallId, from, to)).map((a) => ({
    status: appointmentStatus(a.status as StoredAppointmentStatus, { day: parseLocalDate(a.day), startTime: a.start_time, endTime: a.end_time }, now),
  }));
  const figures = hallFigures(tickets, appointments);
  const windows = await listWindows(db, hallId);
  const clerks: Record<string, string> = {};
  for (const row of figures.byClerk) clerks[row.key] = (await findUser(db, row.key))?.name ?? row.key;
  return {
    hall, from, to, figures,
    names: {
      categories: Object.fromEntries((await listCategories(db, hallId)).map((c) => [c.id, `${c.prefix} ${c.name}`])),
      windows: Object.fromEntries(windows.map((w) => [w.windowId, w.number])),
      clerks,
    },
  };
}
