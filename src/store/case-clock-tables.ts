/**
 * Tables of migration 0013 (docs/workflow.md, "Suspension, extension and signing later"): a case's
 * suspensions and its one extension, and the signatures owed for decisions taken on someone's behalf.
 * Legal dates `YYYY-MM-DD`, instants UTC ISO text.
 */

/** 特别程序 (行政许可法 第四十五条): one pause of the decision clock. */
export interface CaseSuspensionTable {
  id: string;
  case_id: string;
  /** One of SUSPENSION_KINDS (core/cases/case-suspension.ts). */
  kind: string;
  reason: string;
  paused_on: string;
  paused_at: string;
  paused_by: string;
  expected_workdays: number | null;
  /** End of the last expected workday; null when no length was given. */
  expected_end_at: string | null;
  resumed_on: string | null;
  resumed_at: string | null;
  resumed_by: string | null;
  resume_reason: string | null;
  suspended_workdays: number | null;
}

/** 延期 (行政许可法 第四十二条): at most one per case. */
export interface CaseExtensionTable {
  case_id: string;
  workdays: number;
  limit_days: number;
  /** `agency_head` or `government_head` (joint handling). */
  approval: string;
  reason: string;
  approved_by: string;
  approved_at: string;
  original_due_at: string;
  new_due_at: string;
}

/** 事后补签: a decision taken by a backup (AB岗) that waits for its principal's signature. */
export interface PendingSignatureTable {
  id: string;
  case_id: string;
  task_id: string;
  step_key: string;
  /** `approve` or `deny`. */
  decision: string;
  principal_id: string;
  acted_by: string;
  acted_at: string;
  status: 'pending' | 'signed' | 'void';
  signed_at: string | null;
  /** The principal's opinion when signing. */
  opinion: string | null;
}
