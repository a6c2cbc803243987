/** Suspensions and the extension of a case's decision clock (migration 0013). */
import type { Kysely, Selectable } from 'kysely';
import { parseLocalDate } from '../../core/calendar/index.js';
import type { CaseSuspension, SuspensionKind } from '../../core/cases/case-suspension.js';
import type { CaseExtensionTable, CaseSuspensionTable } from '../case-clock-tables.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;
export type SuspensionRow = Selectable<CaseSuspensionTable>;
export type ExtensionRow = Selectable<CaseExtensionTable>;

// Instants are stored in one form, UTC (`…Z`), so that SQL compares them as text correctly.
const utc = (instant: string): string => new Date(instant).toISOString();

/** Row → domain. */
export function suspensionFromRow(row: SuspensionRow): CaseSuspension {
  return {
    id: row.id, kind: row.kind as SuspensionKind, reason: row.reason, pausedOn: parseLocalDate(row.paused_on),
    resumedOn: row.resumed_on === null ? null : parseLocalDate(row.resumed_on),
    expectedWorkdays: row.expected_workdays === null ? null : Number(row.expected_workdays),
  };
}

/** Records a new (open) suspension. */
export async function insertSuspension(db: Db, row: CaseSuspensionTable): Promise<void> {
  await db.insertInto('case_suspensions').values({ ...row, paused_at: utc(row.paused_at), expected_end_at: row.expected_end_at && utc(row.expected_end_at) }).execute();
}

/** A case's suspensions, oldest first. */
export function listCaseSuspensions(db: Db, caseId: string): Promise<SuspensionRow[]> {
  return db.selectFrom('case_suspensions').selectAll().where('case_id', '=', caseId).orderBy('paused_at').orderBy('id').execute();
}

/** Closes an open suspension; the workdays it cost are fixed here. */
export async function closeSuspension(
  db: Db, id: string, close: { resumedOn: string; resumedAt: string; resumedBy: string; reason: string | null; suspendedWorkdays: number },
): Promise<void> {
  await db.updateTable('case_suspensions').set({
    resumed_on: close.resumedOn, resumed_at: utc(close.resumedAt), resumed_by: close.resumedBy, resume_reason: close.reason,
    suspended_workdays: close.suspendedWorkdays,
  }).where('id', '=', id).where('resumed_at', 'is', null).execute();
}

/** Records a case's extension; the case id is the key, so a second one fails. */
export async function insertExtension(db: Db, row: CaseExtensionTable): Promise<void> {
  await db.insertInto('case_extensions').values({
    ...row, approved_at: utc(row.approved_at), original_due_at: utc(row.original_due_at), new_due_at: utc(row.new_due_at),
  }).execute();
}

/** A case's extension, if it has one. */
export function findExtension(db: Db, caseId: string): Promise<ExtensionRow | undefined> {
  return db.selectFrom('case_extensions').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}
