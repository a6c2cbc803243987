import type { Selectable } from 'kysely';

/** Case tables (migration 0008); kept beside schema.ts so that file stays an index of tables. */
export interface CaseTable {
  id: string;
  case_no: string;
  query_code: string;
  item_code: string;
  item_version_id: string;
  item_name: string;
  department_id: string;
  region_code: string;
  applicant_id: string;
  channel: 'online' | 'window';
  submitted_by: string;
  status: string;
  result: string | null;
  /** JSON object: the applicant's form. */
  form: string;
  /** JSON array of `{code, fileId}`. */
  materials: string;
  round: number;
  notice_issued_in_round: number;
  /** JSON array of material codes. */
  changed_in_round: string;
  received_at: string;
  round_received_on: string;
  acceptance_due_at: string | null;
  supplement_due_at: string | null;
  supplement_reminded_at: string | null;
  accepted_at: string | null;
  accepted_on: string | null;
  deemed_accepted: number;
  promised_days: number;
  statutory_days: number;
  extension_days: number;
  suspended_workdays: number;
  yellow_threshold: number | null;
  due_at: string | null;
  statutory_due_at: string | null;
  /** The running clock's yellow and red instants (acceptance, decision or delivery clock). */
  yellow_at: string | null;
  red_at: string | null;
  /** JSON array of material codes. */
  deferred_materials: string;
  supply_due_at: string | null;
  refusal_reason: string | null;
  concluded_at: string | null;
  closed_at: string | null;
  /** 1 when the applicant's signed commitment (告知承诺) stands in for materials. */
  commitment: number;
  created_at: string;
  updated_at: string;
}

export interface CaseEventTable {
  id: string;
  case_id: string;
  /** 1, 2, 3… per case: the timeline's order, even for events in the same millisecond. */
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  status_from: string | null;
  status_to: string;
  /** JSON object. */
  details: string;
}

export interface CorrectionNoticeTable {
  id: string;
  case_id: string;
  round: number;
  /** JSON array of `{materialCode, problem}`. */
  problems: string;
  issued_at: string;
  issued_by: string;
  supplement_due_at: string;
}

export interface CaseSequenceTable {
  region_code: string;
  day: string;
  last: number;
}

/** An unfinished application (migration 0009). */
export interface CaseDraftTable {
  id: string;
  applicant_id: string;
  item_code: string;
  form: string;
  materials: string;
  created_at: string;
  updated_at: string;
}

/** The verification a commitment case owes its department (migration 0010). */
export interface VerificationTable {
  id: string;
  case_id: string;
  department_id: string;
  status: 'open' | 'confirmed' | 'breach';
  due_at: string;
  note: string | null;
  completed_by: string | null;
  completed_at: string | null;
  created_at: string;
}

/** One workflow task (migration 0012): the engine's Task, its case, and its step clock as UTC instants. */
export interface TaskTable {
  id: string;
  case_id: string;
  kind: string;
  step_key: string;
  activation: number;
  branch_index: number | null;
  /** 1 for the lead department's branch (牵头部门). */
  lead: number;
  department_id: string;
  role: string;
  assignee_id: string | null;
  status: string;
  decision: string | null;
  opinion: string | null;
  return_to: string | null;
  created_on: string;
  step_started_on: string;
  caused_by: string | null;
  note: string | null;
  delegated_from: string | null;
  completed_at: string | null;
  completed_by: string | null;
  on_behalf_of: string | null;
  due_at: string;
  yellow_at: string;
  /** 1 on tasks of a parallel step with 缺席默认 (absent means consent). */
  absent_means_consent: number;
  created_at: string;
  updated_at: string;
}

export type CaseRow = Selectable<CaseTable>;
export type TaskRow = Selectable<TaskTable>;
export type CaseEventRow = Selectable<CaseEventTable>;
