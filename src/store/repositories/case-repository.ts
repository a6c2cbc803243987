import type { Kysely } from 'kysely';
import type { Case } from '../../core/cases/case.js';
import type { CaseReach } from '../../core/cases/access.js';
import type { CaseResult, CaseStatus } from '../../core/cases/status.js';
import type { CaseRow, CaseTable } from '../case-tables.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** Row → domain. */
export function caseFromRow(row: CaseRow): Case {
  return {
    id: row.id, caseNo: row.case_no, queryCode: row.query_code, itemCode: row.item_code, itemVersionId: row.item_version_id,
    itemName: row.item_name, departmentId: row.department_id, regionCode: row.region_code, applicantId: row.applicant_id,
    channel: row.channel, submittedBy: row.submitted_by, status: row.status as CaseStatus, result: row.result as CaseResult | null,
    form: JSON.parse(row.form) as Record<string, unknown>, materials: JSON.parse(row.materials) as Case['materials'],
    round: Number(row.round), noticeIssuedInRound: row.notice_issued_in_round === 1,
    changedInRound: JSON.parse(row.changed_in_round) as string[], receivedAt: row.received_at, roundReceivedOn: row.round_received_on,
    acceptanceDueAt: row.acceptance_due_at, supplementDueAt: row.supplement_due_at, supplementRemindedAt: row.supplement_reminded_at, acceptedAt: row.accepted_at, acceptedOn: row.accepted_on,
    deemedAccepted: row.deemed_accepted === 1, promisedDays: Number(row.promised_days), statutoryDays: Number(row.statutory_days),
    extensionDays: Number(row.extension_days), suspendedWorkdays: Number(row.suspended_workdays),
    yellowThreshold: row.yellow_threshold === null ? null : Number(row.yellow_threshold), dueAt: row.due_at,
    statutoryDueAt: row.statutory_due_at, yellowAt: row.yellow_at, redAt: row.red_at,
    deferredMaterials: JSON.parse(row.deferred_materials) as string[], supplyDueAt: row.supply_due_at,
    refusalReason: row.refusal_reason, concludedAt: row.concluded_at, closedAt: row.closed_at, commitment: row.commitment === 1,
  };
}

// Instants are stored in one form, UTC (`…Z`), so that SQL compares them as text correctly.
const utc = (instant: string | null): string | null => (instant === null ? null : new Date(instant).toISOString());

/** Domain → row (every column; `updatedAt` stamps the change). */
export function caseToRow(c: Case, createdAt: string, updatedAt: string): CaseTable {
  return {
    id: c.id, case_no: c.caseNo, query_code: c.queryCode, item_code: c.itemCode, item_version_id: c.itemVersionId, item_name: c.itemName,
    department_id: c.departmentId, region_code: c.regionCode, applicant_id: c.applicantId, channel: c.channel, submitted_by: c.submittedBy,
    status: c.status, result: c.result, form: JSON.stringify(c.form), materials: JSON.stringify(c.materials), round: c.round,
    notice_issued_in_round: c.noticeIssuedInRound ? 1 : 0, changed_in_round: JSON.stringify(c.changedInRound),
    received_at: new Date(c.receivedAt).toISOString(), round_received_on: c.roundReceivedOn, acceptance_due_at: utc(c.acceptanceDueAt),
    supplement_due_at: utc(c.supplementDueAt), supplement_reminded_at: utc(c.supplementRemindedAt), accepted_at: utc(c.acceptedAt), accepted_on: c.acceptedOn, deemed_accepted: c.deemedAccepted ? 1 : 0,
    promised_days: c.promisedDays, statutory_days: c.statutoryDays, extension_days: c.extensionDays,
    suspended_workdays: c.suspendedWorkdays, yellow_threshold: c.yellowThreshold, due_at: utc(c.dueAt), statutory_due_at: utc(c.statutoryDueAt),
    yellow_at: utc(c.yellowAt), red_at: utc(c.redAt), deferred_materials: JSON.stringify(c.deferredMaterials), supply_due_at: utc(c.supplyDueAt),
    refusal_reason: c.refusalReason, concluded_at: utc(c.concludedAt), closed_at: utc(c.closedAt), commitment: c.commitment ? 1 : 0, created_at: createdAt, updated_at: updatedAt,
  };
}

/** Inserts a new case. */
export async function insertCase(db: Db, c: Case, now: string): Promise<void> {
  await db.insertInto('cases').values(caseToRow(c, now, now)).execute();
}

/** Saves every changed column of a case. */
export async function saveCase(db: Db, c: Case, now: string): Promise<void> {
  const { id: _id, created_at: _created, ...changes } = caseToRow(c, '', now);
  await db.updateTable('cases').set(changes).where('id', '=', c.id).execute();
}

/** A case with the path of its department, for reach checks; optionally locked for update. */
export function selectCaseWithPath(db: Db) {
  return db.selectFrom('cases').innerJoin('departments', 'departments.id', 'cases.department_id')
    .selectAll('cases').select('departments.path as department_path');
}

/** The next daily sequence number of a region, atomically (unique under concurrency on both databases). */
export async function nextCaseSequence(db: Db, regionCode: string, day: string): Promise<number> {
  const row = await db.insertInto('case_sequences').values({ region_code: regionCode, day, last: 1 })
    .onConflict((oc) => oc.columns(['region_code', 'day']).doUpdateSet((eb) => ({ last: eb('case_sequences.last', '+', 1) })))
    .returning('last').executeTakeFirstOrThrow();
  return Number(row.last);
}

/** Filters of the staff case list. */
export interface CaseFilter {
  readonly statuses?: readonly CaseStatus[] | undefined;
  readonly warning?: 'none' | 'yellow' | 'red' | undefined;
  readonly order?: 'asc' | 'desc';
  readonly itemCode?: string | undefined;
  /** Received at or after / at or before these instants. */
  readonly receivedFrom?: string | undefined;
  readonly receivedTo?: string | undefined;
  /** Letters, digits and hyphens only (the route's pattern), so no LIKE wildcard gets in. */
  readonly caseNoPart?: string | undefined;
  readonly now: string;
  readonly limit: number;
  readonly offset: number;
}

/** Cases within a reach, filtered; warnings compare stored instants, so this is an indexed query. */
export async function listCases(db: Db, reach: CaseReach, filter: CaseFilter): Promise<{ rows: CaseRow[]; total: number }> {
  if (reach.kind === 'none') return { rows: [], total: 0 };
  let query = db.selectFrom('cases').innerJoin('departments', 'departments.id', 'cases.department_id');
  if (reach.kind === 'applicant') query = query.where('cases.applicant_id', '=', reach.applicantId);
  if (reach.kind === 'region') query = query.where('cases.region_code', 'like', `${reach.regionPrefix}%`);
  if (reach.kind === 'department') {
    // Its own subtree's cases, and those its department works on (core/cases/access.ts).
    query = query.where((eb) => eb.or([
      eb('departments.path', 'like', `${reach.departmentPath}%`),
      eb('cases.id', 'in', eb.selectFrom('tasks').select('tasks.case_id').where('tasks.department_id', '=', reach.departmentId)),
    ]));
  }
  if (filter.statuses?.length) query = query.where('cases.status', 'in', [...filter.statuses]);
  if (filter.itemCode) query = query.where('cases.item_code', '=', filter.itemCode);
  if (filter.receivedFrom) query = query.where('cases.received_at', '>=', utc(filter.receivedFrom)!);
  if (filter.receivedTo) query = query.where('cases.received_at', '<=', utc(filter.receivedTo)!);
  if (filter.caseNoPart) query = query.where('cases.case_no', 'like', `%${filter.caseNoPart}%`);
  const now = new Date(filter.now).toISOString();
  if (filter.warning === 'red') query = query.where('cases.red_at', '<', now);
  if (filter.warning === 'yellow') query = query.where('cases.yellow_at', '<=', now).where('cases.red_at', '>=', now);
  if (filter.warning === 'none') {
    query = query.where((eb) => eb.or([eb('cases.yellow_at', 'is', null), eb('cases.yellow_at', '>', now)]));
  }
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  // Oldest first by the current round's receipt, so resubmissions queue by when they came back.
  const order = filter.order ?? 'asc';
  const rows = await query.selectAll('cases').orderBy('cases.round_received_on', order).orderBy('cases.received_at', order).orderBy('cases.id', order)
    .limit(filter.limit).offset(filter.offset).execute();
  return { rows, total: Number(total) };
}

/** Ids of cases in a status whose `column` instant has passed, oldest first: the scheduled checks' work. */
export async function dueCaseIds(
  db: Db, status: CaseStatus | readonly CaseStatus[], column: 'acceptance_due_at' | 'supplement_due_at', before: string, limit = 100,
): Promise<string[]> {
  const statuses = typeof status === 'string' ? [status] : [...status];
  const rows = await db.selectFrom('cases').select('id').where('status', 'in', statuses)
    .where(column, 'is not', null).where(column, '<', new Date(before).toISOString()).orderBy(column).limit(limit).execute();
  return rows.map((r) => r.id);
}

/** Cases waiting for a supplement due before `before` whose applicant has not been reminded yet. */
export async function unremindedCaseIds(db: Db, before: string, limit = 100): Promise<string[]> {
  const rows = await db.selectFrom('cases').select('id').where('status', '=', 'correction_required')
    .where('supplement_reminded_at', 'is', null).where('supplement_due_at', '<', new Date(before).toISOString())
    .orderBy('supplement_due_at').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** One case by its number. */
export function findCaseByNo(db: Db, caseNo: string): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('case_no', '=', caseNo).executeTakeFirst();
}
