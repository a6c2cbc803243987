import type { Selectable } from 'kysely';

/** Rating tables (migration 0017, DOMAIN.md §8). */

/** A region's own rating settings; regions without a row inherit the nearest one above. */
export interface RatingSettingsTable {
  region_code: string;
  rectification_days: number;
  board_min_ratings: number;
  updated_by: string | null;
  updated_at: string;
}

/** One rating of one case (好差评). */
export interface RatingTable {
  id: string;
  case_id: string;
  /** The responsible department and its region at the time of rating (the case's). */
  department_id: string;
  region_code: string;
  applicant_id: string;
  level: number;
  /** JSON array of tag codes (core/ratings/tags.ts). */
  tags: string;
  comment: string | null;
  channel: string;
  /** The staff member who opened the window device or took the phone rating. */
  assisted_by: string | null;
  rated_at: string;
  follow_up: string | null;
  follow_up_at: string | null;
  /** 1 once an upheld appeal took the rating out of every figure. */
  excluded: number;
}

/** The rectification (差评整改) a bad rating opens for its department. */
export interface RectificationTable {
  id: string;
  rating_id: string;
  case_id: string;
  department_id: string;
  region_code: string;
  status: 'open' | 'rectified' | 'closed';
  /** The deadline in workdays that was in force when it opened. */
  workdays: number;
  opened_at: string;
  due_at: string;
  yellow_at: string;
  callback_result: string | null;
  callback_note: string | null;
  callback_at: string | null;
  callback_by: string | null;
  measures: string | null;
  result: string | null;
  completed_at: string | null;
  completed_by: string | null;
  closed_at: string | null;
  updated_at: string;
}

/** A department's appeal (申诉) against a rating it believes mistaken. */
export interface RatingAppealTable {
  id: string;
  rating_id: string;
  department_id: string;
  reason: string;
  filed_by: string;
  filed_at: string;
  status: 'pending' | 'upheld' | 'rejected';
  opinion: string | null;
  decided_by: string | null;
  decided_at: string | null;
}

/** A one-time token a window device rates one case with. */
export interface RatingTokenTable {
  token_hash: string;
  case_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export type RatingRow = Selectable<RatingTable>;
export type RectificationRow = Selectable<RectificationTable>;
export type RatingAppealRow = Selectable<RatingAppealTable>;
