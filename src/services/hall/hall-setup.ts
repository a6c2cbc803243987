import { reachOf } from '../../core/accounts/actor.js';
import { DomainError, invalidFields, type FieldError } from '../../core/errors.js';
import { isTicketPrefix, openingHoursProblems, type HallCategory, type HallRules, type HallWindow, type OpeningRange } from '../../core/hall/index.js';
import type { Department } from '../../core/organization/types.js';
import { findDepartment, listDepartments } from '../../store/repositories/department-repository.js';
import {
  defaultHallSettings, findCategory, findHallSettings, listCategories, listSetUpHallIds, listWindows, saveCategory, saveHallSettings, saveWindow, type HallSettings,
} from '../../store/repositories/hall-setup-repository.js';
import { findItem } from '../../store/repositories/item-repository.js';
import { requireRole } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx, Db, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { hallFor, loadHallDepartment } from './hall-access.js';

/** A window department of the hall, with its queue setup if it has one. */
export interface WindowSetup {
  readonly department: Department;
  readonly window: HallWindow | null;
}

/** Everything the hall setup page shows. */
export interface HallSetup {
  readonly hall: Department;
  readonly setUp: boolean;
  readonly settings: HallSettings;
  readonly categories: HallCategory[];
  readonly windows: WindowSetup[];
}

/** The window departments under a hall, in tree order. */
export async function windowDepartments(db: Db, hall: Department): Promise<Department[]> {
  return (await listDepartments(db, { kind: 'department', path: hall.path }, null)).filter((d) => d.kind === 'window');
}

/** Windows by their number as people count (2 before 10); windows without one last. */
function byNumber(a: string | null, b: string | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return a.localeCompare(b, 'zh', { numeric: true });
}

async function setupOf(db: Db, hall: Department): Promise<HallSetup> {
  const settings = await findHallSettings(db, hall.id);
  const windows = await listWindows(db, hall.id);
  return {
    hall, setUp: settings !== null, settings: settings ?? defaultHallSettings(hall.id), categories: await listCategories(db, hall.id),
    windows: (await windowDepartments(db, hall))
      .map((department) => ({ department, window: windows.find((w) => w.windowId === department.id) ?? null }))
      .sort((a, b) => byNumber(a.window?.number ?? null, b.window?.number ?? null) || a.department.name.localeCompare(b.department.name, 'zh')),
  };
}

/** The halls an admin reaches, each with whether it is set up for queueing. */
export async function listAdminHalls(ctx: Ctx): Promise<{ hall: Department; setUp: boolean }[]> {
  requireRole(ctx.actor, 'admin');
  const halls = (await listDepartments(ctx.store.db, reachOf(ctx.actor, ['admin']), null)).filter((d) => d.kind === 'hall');
  return Promise.all(halls.map(async (hall) => ({ hall, setUp: (await findHallSettings(ctx.store.db, hall.id)) !== null })));
}

/** One hall's setup (admin in reach). */
export async function readHallSetup(ctx: Ctx, hallId: string): Promise<HallSetup> {
  return setupOf(ctx.store.db, await hallFor(ctx, hallId, ['admin']));
}

/** Opening hours, notices and queue rules; saving them the first time sets the hall up. */
export async function updateHallSettings(
  ctx: Ctx, hallId: string, input: { hours: OpeningRange[]; notices: string[]; rules: HallRules },
): Promise<HallSetup> {
  const hall = await hallFor(ctx, hallId, ['admin']);
  const problems = openingHoursProblems(input.hours);
  if (problems.length > 0) throw invalidFields(problems);
  return inTransaction(ctx, async (trx) => {
    const before = await findHallSettings(trx, hallId);
    const after: HallSettings = { hallId, hours: input.hours, notices: input.notices.map((n) => n.trim()).filter(Boolean), rules: input.rules };
    await saveHallSettings(trx, after, nowIso(ctx));
    await recordAudit(trx, ctx, { entity: 'hall', entityId: hallId, action: 'settings', before, after });
    return setupOf(trx, hall);
  });
}

async function itemCodeProblems(trx: Trx, codes: readonly string[]): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  for (const [i, code] of codes.entries()) {
    if (codes.indexOf(code) !== i) problems.push({ field: `itemCodes[${i}]`, code: 'duplicate' });
    else if (!(await findItem(trx, code))) problems.push({ field: `itemCodes[${i}]`, code: 'not_found' });
  }
  return problems;
}

export interface CategoryInput {
  readonly name?: string | undefined;
  readonly itemCodes?: string[] | undefined;
  readonly serviceMinutes?: number | undefined;
  readonly sortOrder?: number | undefined;
  readonly active?: boolean | undefined;
}

/** A new business category with its prefix letter (unique in the hall, never changed afterwards). */
export async function createCategory(ctx: Ctx, hallId: string, input: CategoryInput & { prefix: string; name: string }): Promise<HallCategory> {
  await hallFor(ctx, hallId, ['admin']);
  return inTransaction(ctx, async (trx) => {
    const existing = await listCategories(trx, hallId);
    const problems = await itemCodeProblems(trx, input.itemCodes ?? []);
    if (!isTicketPrefix(input.prefix)) problems.unshift({ field: 'prefix', code: 'pattern' });
    else if (existing.some((c) => c.prefix === input.prefix)) problems.unshift({ field: 'prefix', code: 'prefix_taken' });
    if (problems.length > 0) throw invalidFields(problems);
    const category: HallCategory = {
      id: ctx.newId(), hallId, prefix: input.prefix, name: input.name.trim(), itemCodes: input.itemCodes ?? [], serviceMinutes: input.serviceMinutes ?? 10,
      sortOrder: input.sortOrder ?? existing.length + 1, active: input.active ?? true,
    };
    await saveCategory(trx, category, nowIso(ctx));
    await recordAudit(trx, ctx, { entity: 'hall_category', entityId: category.id, action: 'create', after: category });
    return category;
  });
}

/** Renames a category, maps it to other items, changes its minutes or order, or (de)activates it. */
export async function updateCategory(ctx: Ctx, hallId: string, id: string, input: CategoryInput): Promise<HallCategory> {
  await hallFor(ctx, hallId, ['admin']);
  return inTransaction(ctx, async (trx) => {
    const before = await findCategory(trx, id);
    if (!before || before.hallId !== hallId) throw new DomainError('request.not_found');
    const problems = await itemCodeProblems(trx, input.itemCodes ?? []);
    if (problems.length > 0) throw invalidFields(problems);
    const after: HallCategory = {
      ...before, name: input.name?.trim() ?? before.name, itemCodes: input.itemCodes ?? before.itemCodes,
      serviceMinutes: input.serviceMinutes ?? before.serviceMinutes, sortOrder: input.sortOrder ?? before.sortOrder, active: input.active ?? before.active,
    };
    await saveCategory(trx, after, nowIso(ctx));
    await recordAudit(trx, ctx, { entity: 'hall_category', entityId: id, action: 'update', before, after });
    return after;
  });
}

/** Sets a window's number on the screen, the categories it serves and whether it is open. */
export async function setUpWindow(
  ctx: Ctx, hallId: string, windowId: string, input: { number: string; categoryIds: string[]; active: boolean },
): Promise<HallWindow> {
  const hall = await hallFor(ctx, hallId, ['admin']);
  const department = await findDepartment(ctx.store.db, windowId);
  if (!department || department.kind !== 'window') throw new DomainError('request.not_found');
  if (!department.path.startsWith(hall.path)) throw invalidFields([{ field: 'windowId', code: 'not_in_hall' }]);
  return inTransaction(ctx, async (trx) => {
    const categories = await listCategories(trx, hallId);
    const problems: FieldError[] = input.categoryIds.flatMap((id, i) => (categories.some((c) => c.id === id) ? [] : [{ field: `categoryIds[${i}]`, code: 'not_in_hall' as const }]));
    const others = (await listWindows(trx, hallId)).filter((w) => w.windowId !== windowId);
    if (others.some((w) => w.number === input.number.trim())) problems.unshift({ field: 'number', code: 'window_number_taken' });
    if (problems.length > 0) throw invalidFields(problems);
    const before = (await listWindows(trx, hallId)).find((w) => w.windowId === windowId) ?? null;
    const after: HallWindow = {
      windowId, hallId, number: input.number.trim(), categoryIds: [...new Set(input.categoryIds)], active: input.active, currentTicketId: before?.currentTicketId ?? null,
    };
    await saveWindow(trx, after, nowIso(ctx));
    await recordAudit(trx, ctx, { entity: 'hall_window', entityId: windowId, action: 'setup', before, after });
    return after;
  });
}

/** The set-up halls, for the public pages that choose one (kiosk, screen). */
export async function publicHalls(db: Db): Promise<Department[]> {
  return Promise.all((await listSetUpHallIds(db)).map((id) => loadHallDepartment(db, id)));
}
