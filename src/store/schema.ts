import type {
  CaseDraftTable, CaseEventTable, CaseSequenceTable, CaseTable, CorrectionNoticeTable, TaskTable, VerificationTable,
} from './case-tables.js';
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { FileTable } from './repositories/file-repository.js';
import type { ItemTable, ItemVersionTable } from './repositories/item-tables.js';
import type { MaterialSampleTable } from './repositories/material-sample-repository.js';
import type { OverdueRecordTable, SupervisionNoticeTable, UrgeTable } from './supervision-tables.js';
import type { RatingAppealTable, RatingSettingsTable, RatingTable, RatingTokenTable, RectificationTable } from './rating-tables.js';
import type { DeliveryTable, LicenseSequenceTable, LicenseTable } from './license-tables.js';
import type { WebhookDeliveryTable, WebhookSubscriptionTable } from './webhook-tables.js';
import type { CaseExtensionTable, CaseSuspensionTable, PendingSignatureTable } from './case-clock-tables.js';
import type {
  HallAppointmentTable, HallCategoryTable, HallCounterTable, HallEventHeadTable, HallEventTable, HallSettingsTable, HallSlotTable, HallTicketTable, HallWindowTable,
} from './hall-tables.js';
import type { LookupAttemptTable } from './lookup-tables.js';

/**
 * Table interfaces. Types are chosen so both databases store them the same way (STYLE B2.9):
 * legal dates as `YYYY-MM-DD` text, instants as UTC ISO text, booleans as 0/1, lists as JSON text.
 */

export interface RegionTable {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township';
  parent_code: string | null;
  created_at: string;
}

export interface DepartmentTable {
  id: string;
  name: string;
  region_code: string;
  parent_id: string | null;
  kind: 'bureau' | 'division' | 'hall' | 'window';
  /** Ids from the root down to this department, as `/a/b/c/`, so a subtree is one LIKE query. */
  path: string;
  created_at: string;
  /** 部门负责人 (migration 0016): receives red notices and escalations; null: the department's approvers. */
  head_user_id: string | null;
}

export interface UserTable {
  id: string;
  username: string;
  password_hash: string;
  name: string;
  kind: 'staff' | 'applicant';
  department_id: string | null;
  /** JSON array of role names. */
  roles: string;
  active: number;
  backup_user_id: string | null;
  absence_from: string | null;
  absence_to: string | null;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface ApplicantTable {
  user_id: string;
  type: 'person' | 'organization';
  id_number: string | null;
  credit_code: string | null;
  phone: string;
  bad_credit: number;
}

export interface SessionTable {
  /** SHA-256 of the token: a leaked table does not leak sessions. */
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface AuditEventTable {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_role: string | null;
  ip: string | null;
  entity: string;
  entity_id: string;
  action: string;
  /** JSON `{before?, after?}`, personal data masked. */
  summary: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface JobLeaseTable {
  name: string;
  holder: string | null;
  lease_until: string;
  last_run_at: string | null;
}

export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  route: string;
  request_hash: string;
  status: number;
  response: string;
  created_at: string;
}

export interface CalendarMarkTable {
  date: string;
  kind: 'workday' | 'weekend' | 'holiday' | 'adjusted_workday';
  name: string | null;
  updated_by: string | null;
  updated_at: string;
}

export interface CalendarYearTable {
  year: number;
  /** Where the year's schedule came from: `manual`, `json`, `ics`. */
  source: string;
  updated_at: string;
}

export interface CalendarRevisionTable {
  id: number;
  revision: number;
}

/** One in-app message (站内信): the event and its parameters, rendered in `lang` when read. */
export interface NotificationTable {
  id: string;
  user_id: string;
  event: string;
  /** JSON object of string parameters (caseNo, itemName, dueDate …). */
  params: string;
  lang: 'zh' | 'en';
  created_at: string;
  read_at: string | null;
}

/** One message to send after commit (STYLE B3.2); its id is the email's Message-ID. */
export interface NotificationOutboxTable {
  id: string;
  notification_id: string;
  channel: 'email' | 'sms';
  /** The address or phone number the service gave; never shown outside the dispatcher. */
  destination: string;
  status: 'pending' | 'sent' | 'failed' | 'skipped';
  attempts: number;
  next_attempt_at: string;
  claimed_by: string | null;
  claimed_until: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

export interface Database {
  cases: CaseTable;
  case_events: CaseEventTable;
  correction_notices: CorrectionNoticeTable;
  case_sequences: CaseSequenceTable;
  case_drafts: CaseDraftTable;
  verifications: VerificationTable;
  tasks: TaskTable;
  regions: RegionTable;
  departments: DepartmentTable;
  users: UserTable;
  applicants: ApplicantTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  audit_head: AuditHeadTable;
  job_leases: JobLeaseTable;
  idempotency_keys: IdempotencyKeyTable;
  calendar_marks: CalendarMarkTable;
  calendar_years: CalendarYearTable;
  calendar_revision: CalendarRevisionTable;
  items: ItemTable;
  item_versions: ItemVersionTable;
  files: FileTable;
  material_samples: MaterialSampleTable;
  notifications: NotificationTable;
  notification_outbox: NotificationOutboxTable;
  supervision_notices: SupervisionNoticeTable;
  overdue_records: OverdueRecordTable;
  urges: UrgeTable;
  ratings: RatingTable;
  rectifications: RectificationTable;
  rating_appeals: RatingAppealTable;
  rating_tokens: RatingTokenTable;
  rating_settings: RatingSettingsTable;
  licenses: LicenseTable;
  license_sequences: LicenseSequenceTable;
  deliveries: DeliveryTable;
  webhook_subscriptions: WebhookSubscriptionTable;
  webhook_deliveries: WebhookDeliveryTable;
  case_suspensions: CaseSuspensionTable;
  case_extensions: CaseExtensionTable;
  pending_signatures: PendingSignatureTable;
  hall_settings: HallSettingsTable;
  hall_categories: HallCategoryTable;
  hall_windows: HallWindowTable;
  hall_counters: HallCounterTable;
  hall_tickets: HallTicketTable;
  hall_slots: HallSlotTable;
  hall_appointments: HallAppointmentTable;
  hall_events: HallEventTable;
  hall_event_head: HallEventHeadTable;
  lookup_attempts: LookupAttemptTable;
}

export type RegionRow = Selectable<RegionTable>;
export type DepartmentRow = Selectable<DepartmentTable>;
export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type ApplicantRow = Selectable<ApplicantTable>;
export type AuditEventRow = Selectable<AuditEventTable>;
