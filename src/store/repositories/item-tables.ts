import type { Selectable } from 'kysely';

/**
 * Catalog tables (migration 0005). Kept beside the item repositories and referenced from
 * schema.ts's Database, so the catalog's storage reads in one place.
 */

/** One row per item code: what a change locks, and the department's single catch-all item. */
export interface ItemTable {
  code: string;
  department_id: string;
  region_code: string;
  catch_all_department_id: string | null;
  latest_version: number;
  created_at: string;
  updated_at: string;
}

/** One row per version of an item; lists are JSON text. */
export interface ItemVersionTable {
  id: string;
  item_code: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  name: string;
  type: string;
  department_id: string;
  region_code: string;
  catch_all: number;
  statutory_days: number;
  promised_days: number;
  visits: number;
  online_depth: number;
  search_text: string;
  materials: string;
  form_fields: string;
  steps: string;
  fees: string;
  details: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  retired_at: string | null;
  superseded_by: string | null;
}

export type ItemRow = Selectable<ItemTable>;
export type ItemVersionRow = Selectable<ItemVersionTable>;
