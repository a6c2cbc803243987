import type { Kysely } from 'kysely';
import type { Reach } from '../../core/accounts/actor.js';
import { regionPrefix } from '../../core/organization/region.js';
import type { InstantRange } from '../../core/ratings/index.js';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** Counted ratings of a period (not taken back by an appeal), optionally within a region's subtree. */
function countedRatings(db: Db, range: InstantRange, regionCode: string | null) {
  let query = db.selectFrom('ratings').where('ratings.excluded', '=', 0)
    .where('ratings.rated_at', '>=', range.from).where('ratings.rated_at', '<', range.to);
  if (regionCode) query = query.where('ratings.region_code', 'like', `${regionPrefix(regionCode)}%`);
  return query;
}

/** Ratings per department and level in a period. */
export async function levelCountsByDepartment(db: Db, range: InstantRange, regionCode: string | null) {
  const rows = await countedRatings(db, range, regionCode)
    .innerJoin('departments', 'departments.id', 'ratings.department_id')
    .select((eb) => ['ratings.department_id', 'departments.name as department_name', 'ratings.level', eb.fn.countAll<number>().as('n')])
    .groupBy(['ratings.department_id', 'departments.name', 'ratings.level']).execute();
  return rows.map((r) => ({ departmentId: r.department_id, departmentName: r.department_name, level: Number(r.level), count: Number(r.n) }));
}

/** Bad ratings of a period whose rectification has a recorded result, per department. */
export async function rectifiedByDepartment(db: Db, range: InstantRange, regionCode: string | null): Promise<Map<string, number>> {
  const rows = await countedRatings(db, range, regionCode)
    .innerJoin('rectifications', 'rectifications.rating_id', 'ratings.id').where('rectifications.status', '=', 'rectified')
    .select((eb) => ['ratings.department_id', eb.fn.countAll<number>().as('n')])
    .groupBy('ratings.department_id').execute();
  return new Map(rows.map((r) => [r.department_id, Number(r.n)]));
}

/** Every rating of a period within a reach, with its case, department and rectification, oldest first. */
export function ratingsForExport(db: Db, range: InstantRange, reach: Reach) {
  let query = db.selectFrom('ratings')
    .innerJoin('cases', 'cases.id', 'ratings.case_id')
    .innerJoin('departments', 'departments.id', 'ratings.department_id')
    .leftJoin('rectifications', 'rectifications.rating_id', 'ratings.id')
    .where('ratings.rated_at', '>=', range.from).where('ratings.rated_at', '<', range.to);
  if (reach.kind === 'region') query = query.where('ratings.region_code', 'like', `${regionPrefix(reach.regionCode)}%`);
  if (reach.kind === 'department') query = query.where('departments.path', 'like', `${reach.path}%`);
  if (reach.kind === 'none') query = query.where('ratings.id', '=', '');
  return query.selectAll('ratings')
    .select(['cases.case_no', 'cases.item_code', 'cases.item_name', 'departments.name as department_name', 'rectifications.status as rectification_status'])
    .orderBy('ratings.rated_at').orderBy('ratings.id').limit(50_000).execute();
}
