import { reachIncludes, reachOf } from '../../core/accounts/actor.js';
import type { StaffRole } from '../../core/accounts/roles.js';
import { dayKind, parseLocalDate, type DayKind, type LocalDate } from '../../core/calendar/index.js';
import { localDateOf } from '../../core/clock/index.js';
import { DomainError } from '../../core/errors.js';
import type { HallWindow } from '../../core/hall/index.js';
import type { Department } from '../../core/organization/types.js';
import { findDepartment } from '../../store/repositories/department-repository.js';
import { findHallSettings, findWindow, type HallSettings } from '../../store/repositories/hall-setup-repository.js';
import { requireRole, requireWithin } from '../access/authorize.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import type { Ctx, Db, Deps } from '../context.js';
import { nowIso } from '../context.js';

/** A department of kind `hall`, or 404. */
export async function loadHallDepartment(db: Db, hallId: string): Promise<Department> {
  const hall = await findDepartment(db, hallId);
  if (!hall || hall.kind !== 'hall') throw new DomainError('request.not_found');
  return hall;
}

/** A hall the actor (holding one of `roles`) reaches; 403 out of reach. */
export async function hallFor(ctx: Ctx, hallId: string, roles: StaffRole[]): Promise<Department> {
  requireRole(ctx.actor, ...roles);
  const hall = await loadHallDepartment(ctx.store.db, hallId);
  requireWithin(reachIncludes(reachOf(ctx.actor, roles), hall));
  return hall;
}

/** A hall set up for queueing, with its settings (404 for anything else): the public pages' start. */
export async function openHall(db: Db, hallId: string): Promise<{ hall: Department; settings: HallSettings }> {
  const hall = await loadHallDepartment(db, hallId);
  const settings = await findHallSettings(db, hallId);
  if (!settings) throw new DomainError('request.not_found');
  return { hall, settings };
}

/** A window the clerk reaches (their department's subtree: a window clerk their window, a hall clerk every window). */
export async function windowFor(ctx: Ctx, windowId: string): Promise<{ window: HallWindow; department: Department }> {
  requireRole(ctx.actor, 'clerk');
  const window = await findWindow(ctx.store.db, windowId);
  const department = window ? await findDepartment(ctx.store.db, windowId) : null;
  if (!window || !department) throw new DomainError('request.not_found');
  requireWithin(reachIncludes(reachOf(ctx.actor, ['clerk']), department));
  return { window, department };
}

/** The hall's day now (Asia/Shanghai) and what the calendar says of it. */
export async function hallToday(deps: Deps): Promise<{ now: string; today: LocalDate; kind: DayKind }> {
  const now = nowIso(deps);
  const today = parseLocalDate(localDateOf(now));
  return { now, today, kind: dayKind(await currentCalendar(deps), today) };
}
