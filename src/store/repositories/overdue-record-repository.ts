import type { Insertable, Kysely } from 'kysely';
import type { ExplanationStatus, SupervisionScope, WarningKind } from '../../core/supervision/index.js';
import type { Database } from '../schema.js';
import type { OverdueRecordRow, OverdueRecordTable } from '../supervision-tables.js';

type Db = Kysely<Database>;

/** A list's scope once 'none' has been answered with an empty list. */
export type StaffOrRegion = Exclude<SupervisionScope, { kind: 'none' }>;

/** Filters of the overdue-record list and report; dates are the first overdue day, inclusive. */
export interface RecordFilter {
  readonly now: string;
  readonly status?: ExplanationStatus | undefined;
  readonly departmentPath?: string | undefined;
  readonly kind?: WarningKind | undefined;
  readonly caseId?: string | undefined;
  readonly id?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** null: every row, unpaged (the report). */
  readonly limit: number | null;
  readonly offset: number;
}

/** A record with what a list shows beside it. */
export type OverdueRecordView = OverdueRecordRow & {
  case_no: string;
  item_name: string;
  department_name: string;
  handler_name: string | null;
  explained_by_name: string | null;
  total: number;
};

/** Opens a record (in the transaction that wrote its red notice). */
export async function insertOverdueRecord(db: Db, row: Insertable<OverdueRecordTable>): Promise<void> {
  await db.insertInto('overdue_records').values(row).execute();
}

/** Records in a scope, filtered, oldest lapse first; the total comes with each row (a window count). */
export async function listOverdueRecords(db: Db, scope: StaffOrRegion, f: RecordFilter): Promise<OverdueRecordView[]> {
  let query = db.selectFrom('overdue_records as r').innerJoin('cases', 'cases.id', 'r.case_id')
    .innerJoin('departments', 'departments.id', 'r.department_id')
    .leftJoin('users as h', 'h.id', 'r.handler_id').leftJoin('users as e', 'e.id', 'r.explained_by');
  if (scope.kind === 'region') query = query.where('r.region_code', 'like', `${scope.regionPrefix}%`);
  else {
    const { userId, departmentIds, departmentPath } = scope;
    query = query.where((eb) => eb.or([
      eb('r.handler_id', '=', userId),
      ...(departmentPath === null ? [] : [eb('r.department_id', 'in', [...departmentIds]), eb('departments.path', 'like', `${departmentPath}%`)]),
    ]));
  }
  if (f.status === 'explained') query = query.where('r.explained_at', 'is not', null);
  if (f.status === 'late') query = query.where('r.explained_at', 'is', null).where('r.explanation_due_at', '<', f.now);
  if (f.status === 'awaiting') query = query.where('r.explained_at', 'is', null).where('r.explanation_due_at', '>=', f.now);
  if (f.departmentPath) query = query.where('departments.path', 'like', `${f.departmentPath}%`);
  if (f.kind) query = query.where('r.kind', '=', f.kind);
  if (f.caseId) query = query.where('r.case_id', '=', f.caseId);
  if (f.id) query = query.where('r.id', '=', f.id);
  if (f.from) query = query.where('r.overdue_on', '>=', f.from);
  if (f.to) query = query.where('r.overdue_on', '<=', f.to);
  let ordered = query.selectAll('r').select([
    'cases.case_no', 'cases.item_name', 'departments.name as department_name', 'h.name as handler_name', 'e.name as explained_by_name',
  ]).select((eb) => eb.fn.countAll<number>().over().as('total'))
    .orderBy('r.overdue_on').orderBy('r.due_at').orderBy('r.id');
  if (f.limit !== null) ordered = ordered.limit(f.limit).offset(f.offset);
  return (await ordered.execute()).map((r) => ({ ...r, total: Number(r.total) }));
}

/** One record with its department's path (for the reach and answer checks). */
export function findOverdueRecord(db: Db, id: string) {
  return db.selectFrom('overdue_records as r').innerJoin('departments', 'departments.id', 'r.department_id')
    .selectAll('r').select('departments.path as department_path').where('r.id', '=', id).executeTakeFirst();
}

/** Writes the explanation if none was written yet (compare-and-set); false when another came first. */
export async function saveExplanation(db: Db, id: string, input: { text: string; by: string; at: string }): Promise<boolean> {
  const result = await db.updateTable('overdue_records').set({ explanation: input.text, explained_by: input.by, explained_at: input.at })
    .where('id', '=', id).where('explained_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
