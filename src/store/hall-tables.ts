import type { Selectable } from 'kysely';

/** Service-hall tables (migration 0018, docs/hall.md). */

/** A hall's queue settings; the hall itself is a department of kind `hall`. */
export interface HallSettingsTable {
  hall_id: string;
  /** JSON array of `{weekday, open, close}` (Asia/Shanghai `HH:MM`). */
  hours: string;
  /** JSON array of notice texts for the waiting-room screen. */
  notices: string;
  no_show_calls: number;
  elderly_age: number;
  aging_minutes: number;
  updated_at: string;
}

/** A business category (业务类别) with its ticket prefix and the items it covers. */
export interface HallCategoryTable {
  id: string;
  hall_id: string;
  prefix: string;
  name: string;
  /** JSON array of item codes. */
  item_codes: string;
  service_minutes: number;
  sort_order: number;
  active: number;
  created_at: string;
  updated_at: string;
}

/** A window of a hall (a department of kind `window`): its number on the screen and the categories it serves. */
export interface HallWindowTable {
  window_id: string;
  hall_id: string;
  number: string;
  /** JSON array of category ids. */
  category_ids: string;
  active: number;
  current_ticket_id: string | null;
  updated_at: string;
}

export interface HallCounterTable {
  hall_id: string;
  category_id: string;
  day: string;
  last: number;
}

export interface HallTicketTable {
  id: string;
  hall_id: string;
  category_id: string;
  origin_category_id: string;
  day: string;
  seq: number;
  number: string;
  /** The secret of the visitor's phone page (`?code=`). */
  access_code: string;
  priority: string;
  channel: string;
  appointment_id: string | null;
  status: string;
  taken_at: string;
  queued_at: string;
  first_called_at: string | null;
  called_at: string | null;
  call_count: number;
  window_id: string | null;
  clerk_id: string | null;
  finished_at: string | null;
  case_id: string | null;
  transfers: number;
  updated_at: string;
}

export interface HallSlotTable {
  id: string;
  hall_id: string;
  category_id: string;
  day: string;
  start_time: string;
  end_time: string;
  capacity: number;
  booked: number;
  created_at: string;
}

export interface HallAppointmentTable {
  id: string;
  hall_id: string;
  category_id: string;
  slot_id: string;
  applicant_id: string;
  day: string;
  start_time: string;
  end_time: string;
  /** booked | cancelled | checked_in; a no-show is derived (booked, slot ended). */
  status: string;
  checkin_code: string;
  ticket_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface HallEventTable {
  seq: number;
  hall_id: string;
  ticket_id: string | null;
  kind: string;
  at: string;
}

export interface HallEventHeadTable {
  id: number;
  seq: number;
}

export type HallCategoryRow = Selectable<HallCategoryTable>;
export type HallWindowRow = Selectable<HallWindowTable>;
export type HallTicketRow = Selectable<HallTicketTable>;
export type HallSlotRow = Selectable<HallSlotTable>;
export type HallAppointmentRow = Selectable<HallAppointmentTable>;
