import type { Kysely } from 'kysely';
import {
  ACTIVE_TASK_STATUSES, RUNNING_CLOCKS, STATUTORY_STATUSES, type AlertLevel, type NoticeKey, type RunningClockKind,
} from '../../core/supervision/index.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** The case fields a notice and an overdue record need. */
export interface CaseSubject {
  case_id: string;
  case_no: string;
  item_code: string;
  item_name: string;
  item_version_id: string;
  department_id: string;
  region_code: string;
}

/** A task whose step clock reached a level without its notice yet. */
export type DueTask = CaseSubject & { id: string; step_key: string; department_id: string; role: string; assignee_id: string | null; due_at: string };

/** A case whose clock ran out without its notice yet; `due_at` is the instant that ran out. */
export type DueCase = CaseSubject & { due_at: string };

/** An open rectification of a bad rating at a level without its notice yet; `due_at` is its deadline. */
export type DueRectification = CaseSubject & { id: string; due_at: string };

/** A case deemed accepted (行政许可法 第三十二条) whose lapse has no notice yet. */
export type DeemedCase = CaseSubject & { round_received_on: string };

const caseColumns = [
  'cases.id as case_id', 'cases.case_no', 'cases.item_code', 'cases.item_name', 'cases.item_version_id', 'cases.region_code',
] as const;

/** Active tasks at `level` now whose step-clock notice of that level has not been written. */
export async function dueTaskNotices(db: Db, level: AlertLevel, now: string, limit: number): Promise<DueTask[]> {
  let query = db.selectFrom('tasks').innerJoin('cases', 'cases.id', 'tasks.case_id')
    .where('tasks.status', 'in', [...ACTIVE_TASK_STATUSES])
    // A step's clock stands still while its case is suspended (ALL Art. 45); it moves on resume.
    .where('cases.status', '=', 'in_progress');
  query = level === 'red' ? query.where('tasks.due_at', '<', now) : query.where('tasks.yellow_at', '<=', now).where('tasks.due_at', '>=', now);
  return query.where((eb) => eb.not(eb.exists(eb.selectFrom('supervision_notices as n').select('n.id')
    .where('n.subject_type', '=', 'task').whereRef('n.subject_id', '=', 'tasks.id').where('n.kind', '=', 'step')
    .where('n.level', '=', level).whereRef('n.due_at', '=', 'tasks.due_at'))))
    .select([...caseColumns, 'tasks.id', 'tasks.step_key', 'tasks.department_id', 'tasks.role', 'tasks.assignee_id', 'tasks.due_at'])
    .orderBy('tasks.due_at').orderBy('tasks.id').limit(limit).execute();
}

/** Cases whose running clock of `kind` has run out (red) without its notice. */
export async function dueRunningClockNotices(db: Db, kind: RunningClockKind, now: string, limit: number): Promise<DueCase[]> {
  const rows = await db.selectFrom('cases')
    .where('cases.status', 'in', [...RUNNING_CLOCKS[kind]]).where('cases.red_at', '<', now)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('supervision_notices as n').select('n.id')
      .where('n.subject_type', '=', 'case').whereRef('n.subject_id', '=', 'cases.id').where('n.kind', '=', kind)
      .where('n.level', '=', 'red').whereRef('n.due_at', '=', 'cases.red_at'))))
    .select([...caseColumns, 'cases.department_id', 'cases.red_at as due_at']).orderBy('cases.red_at').orderBy('cases.id').limit(limit).execute();
  return rows.map((r) => ({ ...r, due_at: r.due_at ?? '' }));
}

/** Cases past their statutory limit (DOMAIN.md §5: recorded apart from the promised one) without its notice. */
export async function dueStatutoryNotices(db: Db, now: string, limit: number): Promise<DueCase[]> {
  const rows = await db.selectFrom('cases')
    .where('cases.status', 'in', [...STATUTORY_STATUSES]).where('cases.statutory_due_at', '<', now)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('supervision_notices as n').select('n.id')
      .where('n.subject_type', '=', 'case').whereRef('n.subject_id', '=', 'cases.id').where('n.kind', '=', 'statutory')
      .where('n.level', '=', 'red').whereRef('n.due_at', '=', 'cases.statutory_due_at'))))
    .select([...caseColumns, 'cases.department_id', 'cases.statutory_due_at as due_at'])
    .orderBy('cases.statutory_due_at').orderBy('cases.id').limit(limit).execute();
  return rows.map((r) => ({ ...r, due_at: r.due_at ?? '' }));
}

/** Open rectifications (no result yet) at `level` now whose notice of that level has not been written. */
export async function dueRectificationNotices(db: Db, level: AlertLevel, now: string, limit: number): Promise<DueRectification[]> {
  let query = db.selectFrom('rectifications as r').innerJoin('cases', 'cases.id', 'r.case_id').where('r.status', '=', 'open');
  query = level === 'red' ? query.where('r.due_at', '<', now) : query.where('r.yellow_at', '<=', now).where('r.due_at', '>=', now);
  return query.where((eb) => eb.not(eb.exists(eb.selectFrom('supervision_notices as n').select('n.id')
    .where('n.subject_type', '=', 'rectification').whereRef('n.subject_id', '=', 'r.id').where('n.kind', '=', 'rectification')
    .where('n.level', '=', level).whereRef('n.due_at', '=', 'r.due_at'))))
    .select([...caseColumns, 'r.department_id', 'r.id', 'r.due_at'])
    .orderBy('r.due_at').orderBy('r.id').limit(limit).execute();
}

/**
 * Cases the deemed-acceptance check moved on (their acceptance clock ran out before anyone decided)
 * without an acceptance notice. Deemed acceptance happens once per case, so any acceptance red notice
 * of the case settles it. Only cases deemed since `since`: the check runs in the same pass as the deeming,
 * and a first run on old data does not raise long-settled lapses.
 */
export async function dueDeemedAcceptanceNotices(db: Db, since: string, limit: number): Promise<DeemedCase[]> {
  return db.selectFrom('cases').where('cases.deemed_accepted', '=', 1).where('cases.accepted_at', '>=', since)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('supervision_notices as n').select('n.id')
      .where('n.subject_type', '=', 'case').whereRef('n.subject_id', '=', 'cases.id').where('n.kind', '=', 'acceptance').where('n.level', '=', 'red'))))
    .select([...caseColumns, 'cases.department_id', 'cases.round_received_on']).orderBy('cases.accepted_at').orderBy('cases.id').limit(limit).execute();
}

/**
 * Writes a notice unless one with the same key exists; true when this call wrote it. ON CONFLICT DO NOTHING
 * is the same statement on SQLite and PostgreSQL: on PostgreSQL a second transaction inserting the same key
 * waits for the first and then inserts nothing, so exactly one caller goes on to send the messages.
 */
export async function insertNoticeOnce(db: Db, row: { id: string; caseId: string; createdAt: string } & NoticeKey): Promise<boolean> {
  const inserted = await db.insertInto('supervision_notices').values({
    id: row.id, subject_type: row.subjectType, subject_id: row.subjectId, case_id: row.caseId, kind: row.kind, level: row.level,
    due_at: row.dueAt, created_at: row.createdAt,
  }).onConflict((oc) => oc.columns(['subject_type', 'subject_id', 'kind', 'level', 'due_at']).doNothing()).returning('id').execute();
  return inserted.length === 1;
}

/** The one assignee of a case's active tasks, or null when none or several hold it. */
export async function soleCaseHolder(db: Db, caseId: string): Promise<string | null> {
  const rows = await db.selectFrom('tasks').select('assignee_id').distinct().where('case_id', '=', caseId)
    .where('status', 'in', [...ACTIVE_TASK_STATUSES]).where('assignee_id', 'is not', null).limit(2).execute();
  return rows.length === 1 ? rows[0]!.assignee_id : null;
}
