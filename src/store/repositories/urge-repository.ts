import type { Insertable, Kysely } from 'kysely';
import {
  ESCALATABLE_URGE_STATUSES, UNANSWERED_URGE_STATUSES, type UrgeStatus,
} from '../../core/supervision/index.js';
import type { Database } from '../schema.js';
import type { UrgeRow, UrgeTable } from '../supervision-tables.js';
import type { StaffOrRegion } from './overdue-record-repository.js';

type Db = Kysely<Database>;

/** An urge with what a list shows beside it. */
export type UrgeView = UrgeRow & { case_no: string; item_name: string; department_name: string; total: number };

/** Filters of the urge list. */
export interface UrgeFilter {
  readonly status?: UrgeStatus | undefined;
  readonly caseId?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

const unanswered = [...UNANSWERED_URGE_STATUSES];

/** Writes a new urge. */
export async function insertUrge(db: Db, row: Insertable<UrgeTable>): Promise<void> {
  await db.insertInto('urges').values(row).execute();
}

/** One urge with its department's path and the case's number and item (for checks and notices). */
export function findUrge(db: Db, id: string) {
  return db.selectFrom('urges').innerJoin('departments', 'departments.id', 'urges.department_id')
    .innerJoin('cases', 'cases.id', 'urges.case_id')
    .selectAll('urges').select(['departments.path as department_path', 'departments.name as department_name', 'cases.case_no', 'cases.item_name'])
    .where('urges.id', '=', id).executeTakeFirst();
}

/** Urges in a scope (a region, or those addressed to a staff member and their department line), newest first. */
export async function listUrges(db: Db, scope: StaffOrRegion, f: UrgeFilter): Promise<UrgeView[]> {
  let query = db.selectFrom('urges').innerJoin('cases', 'cases.id', 'urges.case_id')
    .innerJoin('departments', 'departments.id', 'urges.department_id');
  if (scope.kind === 'region') query = query.where('urges.region_code', 'like', `${scope.regionPrefix}%`);
  else {
    const { userId, departmentIds, departmentPath } = scope;
    query = query.where((eb) => eb.or([
      eb('urges.handler_id', '=', userId),
      ...(departmentPath === null ? [] : [eb('urges.department_id', 'in', [...departmentIds]), eb('departments.path', 'like', `${departmentPath}%`)]),
    ]));
  }
  if (f.status) query = query.where('urges.status', '=', f.status);
  if (f.caseId) query = query.where('urges.case_id', '=', f.caseId);
  const rows = await query.selectAll('urges').select(['cases.case_no', 'cases.item_name', 'departments.name as department_name'])
    .select((eb) => eb.fn.countAll<number>().over().as('total'))
    .orderBy('urges.created_at', 'desc').orderBy('urges.id').limit(f.limit).offset(f.offset).execute();
  return rows.map((r) => ({ ...r, total: Number(r.total) }));
}

/** Records the acknowledgement once (compare-and-set on its absence); false when already acknowledged or answered. */
export async function acknowledgeUrge(db: Db, id: string, input: { by: string; at: string; status: UrgeStatus }): Promise<boolean> {
  const result = await db.updateTable('urges').set({ acknowledged_by: input.by, acknowledged_at: input.at, status: input.status })
    .where('id', '=', id).where('acknowledged_at', 'is', null).where('status', 'in', unanswered).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records the reply while the urge is unanswered (compare-and-set); false when it was answered or closed first. */
export async function replyToUrge(db: Db, id: string, input: { text: string; by: string; at: string }): Promise<boolean> {
  const result = await db.updateTable('urges')
    .set({ reply: input.text, replied_by: input.by, replied_at: input.at, status: 'replied' })
    .where('id', '=', id).where('status', 'in', unanswered).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ids of urges past their reply deadline and not yet escalated, oldest deadline first. */
export async function dueEscalations(db: Db, now: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('urges').select('id').where('status', 'in', [...ESCALATABLE_URGE_STATUSES])
    .where('reply_due_at', '<', now).orderBy('reply_due_at').orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/**
 * Escalates an urge if it is still unanswered, not escalated and past its deadline (compare-and-set): of
 * several processes, one updates the row and only that one notifies.
 */
export async function escalateUrge(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db.updateTable('urges').set({ status: 'escalated', escalated_at: now })
    .where('id', '=', id).where('status', 'in', [...ESCALATABLE_URGE_STATUSES]).where('reply_due_at', '<', now).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Closes every unanswered urge of a case (办结销号); returns the ids closed. */
export async function closeUnansweredUrges(db: Db, caseId: string, now: string): Promise<string[]> {
  const rows = await db.updateTable('urges').set({ status: 'closed', closed_at: now })
    .where('case_id', '=', caseId).where('status', 'in', unanswered).returning('id').execute();
  return rows.map((r) => r.id);
}
