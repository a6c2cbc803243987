import type { Selectable } from 'kysely';

/**
 * Electronic supervision (migration 0016, docs/supervision.md). Instants are UTC ISO text, legal dates
 * `YYYY-MM-DD`.
 */

/**
 * One warning notice that happened: unique on (subject_type, subject_id, kind, level, due_at), so a notice
 * is inserted (and its messages sent) once, whichever process gets there first.
 */
export interface SupervisionNoticeTable {
  id: string;
  subject_type: 'case' | 'task' | 'rectification';
  subject_id: string;
  case_id: string;
  kind: string;
  level: 'yellow' | 'red';
  due_at: string;
  created_at: string;
}

/** 超时记录: a clock ran out; the handler concerned must explain it in writing (超时原因说明). */
export interface OverdueRecordTable {
  id: string;
  /** The red notice that opened it (unique: one record per notice). */
  notice_id: string;
  case_id: string;
  task_id: string | null;
  kind: string;
  department_id: string;
  region_code: string;
  item_code: string;
  /** Who must explain: the task's assignee, the one assignee of the case's open tasks, or null (the department). */
  handler_id: string | null;
  due_at: string;
  /** The first overdue day (Asia/Shanghai), by which reports count the lapse. */
  overdue_on: string;
  opened_at: string;
  explanation_due_at: string;
  explanation: string | null;
  explained_by: string | null;
  explained_at: string | null;
}

/** 催办: a supervisor's urge on a case or one of its tasks, with the handler's acknowledgement and reply. */
export interface UrgeTable {
  id: string;
  case_id: string;
  task_id: string | null;
  department_id: string;
  region_code: string;
  handler_id: string | null;
  message: string;
  reply_workdays: number;
  reply_due_at: string;
  status: string;
  created_by: string;
  created_at: string;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  reply: string | null;
  replied_by: string | null;
  replied_at: string | null;
  escalated_at: string | null;
  closed_at: string | null;
}

export type SupervisionNoticeRow = Selectable<SupervisionNoticeTable>;
export type OverdueRecordRow = Selectable<OverdueRecordTable>;
export type UrgeRow = Selectable<UrgeTable>;
