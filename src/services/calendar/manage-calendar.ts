import {
  addDays, describeDay, type LocalDate, parseLocalDate, validateCalendarSpec, type DayInfo, type DayKind, type DayMark,
} from '../../core/calendar/index.js';
import { parseIcsYear } from '../../core/calendar/ics.js';
import { invalidFields, type FieldError } from '../../core/errors.js';
import {
  bumpCalendarRevision, deleteCalendarMark, deleteCalendarMarksOfYear, upsertCalendarMark, upsertCalendarYear,
} from '../../store/repositories/calendar-repository.js';
import { requireRole } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { currentCalendar, forgetCalendar } from './calendar-source.js';

// The calendar is national (the State Council's schedule), so it is one per deployment and any admin
// may correct it; every change is audited.

/** Marks one day (holiday, adjusted workday, or back to a plain workday/weekend). */
export async function markDay(ctx: Ctx, date: string, input: { kind: DayKind; name?: string | undefined }): Promise<DayInfo> {
  requireRole(ctx.actor, 'admin');
  const day = parseLocalDate(date);
  const mark: DayMark = input.name ? { date: day, kind: input.kind, name: input.name } : { date: day, kind: input.kind };
  const before = describeDay(await currentCalendar(ctx), day);
  await inTransaction(ctx, async (trx) => {
    await upsertCalendarMark(trx, mark, ctx.actor?.userId ?? null, nowIso(ctx));
    await bumpCalendarRevision(trx);
    await recordAudit(trx, ctx, { entity: 'calendar_day', entityId: day, action: 'mark', before, after: mark });
  });
  forgetCalendar(ctx);
  return describeDay(await currentCalendar(ctx), day);
}

/** Removes an admin's mark: the day is counted as the official schedule (or the weekday) says. */
export async function clearDay(ctx: Ctx, date: string): Promise<DayInfo> {
  requireRole(ctx.actor, 'admin');
  const day = parseLocalDate(date);
  await inTransaction(ctx, async (trx) => {
    await deleteCalendarMark(trx, day);
    await bumpCalendarRevision(trx);
    await recordAudit(trx, ctx, { entity: 'calendar_day', entityId: day, action: 'clear' });
  });
  forgetCalendar(ctx);
  return describeDay(await currentCalendar(ctx), day);
}

/** A year's schedule in the notice's own shape: holidays with their days off and worked weekend days. */
export interface YearSchedule {
  readonly holidays: readonly { name: string; from: string; to: string; workdays?: readonly string[] }[];
}

function marksFromSchedule(year: number, schedule: YearSchedule): DayMark[] {
  const marks: DayMark[] = [];
  const fields: FieldError[] = [];
  schedule.holidays.forEach((holiday, i) => {
    const from = parseLocalDateOr(holiday.from, `holidays[${i}].from`, fields);
    const to = parseLocalDateOr(holiday.to, `holidays[${i}].to`, fields);
    if (from && to && to < from) fields.push({ field: `holidays[${i}].to`, code: 'date_order' });
    if (from && to && to >= from) {
      for (let day = from; day <= to; day = addDays(day, 1)) marks.push({ date: day, kind: 'holiday', name: holiday.name });
    }
    (holiday.workdays ?? []).forEach((w, j) => {
      const day = parseLocalDateOr(w, `holidays[${i}].workdays[${j}]`, fields);
      if (day) marks.push({ date: day, kind: 'adjusted_workday', name: `${holiday.name}调休上班` });
    });
  });
  if (fields.length > 0) throw invalidFields(fields);
  return marks.filter((m) => m.date.startsWith(`${year}-`));
}

function parseLocalDateOr(value: string, field: string, fields: FieldError[]): LocalDate | null {
  try {
    return parseLocalDate(value);
  } catch {
    fields.push({ field, code: 'date_invalid' });
    return null;
  }
}

/** Imports a year from JSON (the notice's shape) or an iCalendar feed; it replaces that year's marks. */
export async function importYear(
  ctx: Ctx, year: number, input: { format: 'json'; schedule: YearSchedule } | { format: 'ics'; ics: string },
): Promise<{ year: number; marks: number; skipped: readonly string[] }> {
  requireRole(ctx.actor, 'admin');
  const parsed = input.format === 'json' ? { marks: marksFromSchedule(year, input.schedule), skipped: [] } : parseIcsYear(input.ics, year);
  validateCalendarSpec({ marks: parsed.marks, coveredYears: [year] });
  const now = nowIso(ctx);
  await inTransaction(ctx, async (trx) => {
    await deleteCalendarMarksOfYear(trx, year);
    for (const mark of parsed.marks) await upsertCalendarMark(trx, mark, ctx.actor?.userId ?? null, now);
    await upsertCalendarYear(trx, year, input.format, now);
    await bumpCalendarRevision(trx);
    await recordAudit(trx, ctx, { entity: 'calendar_year', entityId: String(year), action: 'import', after: { format: input.format, marks: parsed.marks.length } });
  });
  forgetCalendar(ctx);
  return { year, marks: parsed.marks.length, skipped: parsed.skipped };
}
