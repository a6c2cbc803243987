import type { Kysely } from 'kysely';
import type { Reach } from '../../core/accounts/actor.js';
import { regionPrefix } from '../../core/organization/region.js';
import type { RatingAppealTable, RectificationTable } from '../rating-tables.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** Inserts a rectification. */
export async function insertRectification(db: Db, row: RectificationTable): Promise<void> {
  await db.insertInto('rectifications').values(row).execute();
}

/** The rectification of a rating, if any. */
export function findRectificationByRating(db: Db, ratingId: string) {
  return db.selectFrom('rectifications').selectAll().where('rating_id', '=', ratingId).executeTakeFirst();
}

/** One rectification with its department's path and region, for reach checks. */
export function findRectification(db: Db, id: string) {
  return db.selectFrom('rectifications').innerJoin('departments', 'departments.id', 'rectifications.department_id')
    .selectAll('rectifications').select('departments.path as department_path').where('rectifications.id', '=', id).executeTakeFirst();
}

/** Changes an open rectification; false when it was no longer open (someone else closed it first). */
export async function updateOpenRectification(db: Db, id: string, changes: Partial<RectificationTable>): Promise<boolean> {
  const result = await db.updateTable('rectifications').set(changes).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Filters of the rectification list. */
export interface RectificationFilter {
  readonly status?: RectificationTable['status'] | undefined;
  readonly warning?: 'none' | 'yellow' | 'red' | undefined;
  readonly now: string;
  readonly limit: number;
  readonly offset: number;
}

/**
 * Rectifications within a reach, earliest due first, with their rating, case, department and appeal.
 * Warnings compare the stored due and yellow instants of open rectifications: an indexed query.
 */
export async function listRectifications(db: Db, reach: Reach, filter: RectificationFilter) {
  if (reach.kind === 'none') return { rows: [], total: 0 };
  let query = db.selectFrom('rectifications')
    .innerJoin('departments', 'departments.id', 'rectifications.department_id')
    .innerJoin('ratings', 'ratings.id', 'rectifications.rating_id')
    .innerJoin('cases', 'cases.id', 'rectifications.case_id')
    .leftJoin('rating_appeals', 'rating_appeals.rating_id', 'rectifications.rating_id');
  if (reach.kind === 'region') query = query.where('rectifications.region_code', 'like', `${regionPrefix(reach.regionCode)}%`);
  if (reach.kind === 'department') query = query.where('departments.path', 'like', `${reach.path}%`);
  if (filter.status) query = query.where('rectifications.status', '=', filter.status);
  const now = new Date(filter.now).toISOString();
  if (filter.warning === 'red') query = query.where('rectifications.status', '=', 'open').where('rectifications.due_at', '<', now);
  if (filter.warning === 'yellow') {
    query = query.where('rectifications.status', '=', 'open').where('rectifications.yellow_at', '<=', now).where('rectifications.due_at', '>=', now);
  }
  if (filter.warning === 'none') {
    query = query.where((eb) => eb.or([eb('rectifications.status', '<>', 'open'), eb('rectifications.yellow_at', '>', now)]));
  }
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query.selectAll('rectifications')
    .select([
      'departments.name as department_name', 'ratings.level', 'ratings.tags', 'ratings.comment', 'ratings.channel', 'ratings.rated_at',
      'ratings.follow_up', 'ratings.excluded', 'cases.case_no', 'cases.item_name', 'rating_appeals.id as appeal_id',
      'rating_appeals.status as appeal_status', 'rating_appeals.reason as appeal_reason', 'rating_appeals.opinion as appeal_opinion',
    ])
    .orderBy('rectifications.due_at').orderBy('rectifications.id').limit(filter.limit).offset(filter.offset).execute();
  return { rows, total: Number(total) };
}

/** Inserts an appeal; the unique rating_id refuses a second one. */
export async function insertAppeal(db: Db, row: RatingAppealTable): Promise<void> {
  await db.insertInto('rating_appeals').values(row).execute();
}

/** The appeal of a rating, if any. */
export function findAppealByRating(db: Db, ratingId: string) {
  return db.selectFrom('rating_appeals').selectAll().where('rating_id', '=', ratingId).executeTakeFirst();
}

/** One appeal with its rating's region, for the supervisor's reach check. */
export function findAppeal(db: Db, id: string) {
  return db.selectFrom('rating_appeals').innerJoin('ratings', 'ratings.id', 'rating_appeals.rating_id')
    .selectAll('rating_appeals').select(['ratings.region_code', 'ratings.case_id']).where('rating_appeals.id', '=', id).executeTakeFirst();
}

/** Records the decision of a pending appeal; false when it was decided already. */
export async function decideAppeal(db: Db, id: string, decision: Pick<RatingAppealTable, 'status' | 'opinion' | 'decided_by' | 'decided_at'>): Promise<boolean> {
  const result = await db.updateTable('rating_appeals').set(decision).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
