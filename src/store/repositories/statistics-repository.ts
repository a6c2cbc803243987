/**
 * The counts behind the figures of DOMAIN.md §9 (core/statistics/figures.ts), each one GROUP BY in the database
 * over a period's rows: received, accepted, concluded (with the on-time and overdue split and the pairs of
 * acceptance and conclusion dates that working days are counted from), distinct cases urged, ratings per level
 * and rectified bad ratings. A group is a department, region, item, channel, staff member, local date or the
 * whole scope (see core/statistics/dimensions.ts for who a staff member is credited with).
 *
 * The group expressions carry no parameters, so `group by 1` means the same on SQLite and PostgreSQL. A local
 * (+08:00) date is grouped as the stored instant's UTC date plus a mark when its UTC hour is 16 or later; the
 * service turns that back into the date, so neither dialect needs date functions.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { GroupBy, InstantRange } from '../../core/statistics/index.js';
import type { Database } from '../schema.js';
import { inRegion } from './region-range.js';

type Db = Kysely<Database>;

/** What the figures are grouped by: a dimension of §9, the local date (trends), or nothing (a total). */
export type Dimension = GroupBy | 'date' | 'all';

/** Which cases count: a region's subtree, optionally a department's subtree and one item. */
export interface StatisticsScope {
  readonly regionPrefix: string;
  readonly departmentPath?: string | undefined;
  readonly itemCode?: string | undefined;
}

/** One query: a period, a scope, a dimension. */
export interface CountQuery {
  readonly range: InstantRange;
  readonly scope: StatisticsScope;
  readonly dimension: Dimension;
}

/** `group_key` of a date group: `YYYY-MM-DD` (the UTC date), with a trailing `+` when it is the next day at +08:00. */
export const LATE_MARK = '+';

type Measure = 'received' | 'accepted' | 'concluded' | 'urged' | 'rated';

// The instant each measure is dated by.
const DATED_BY: Record<Measure, string> = {
  received: 'c.received_at', accepted: 'c.accepted_at', concluded: 'c.concluded_at', urged: 'u.created_at', rated: 'r.rated_at',
};

// Who a staff member is credited with, per measure: the window receipt they registered, the acceptance they
// made, the conclusion they decided (and its ratings), the urges addressed to them.
const STAFF_OF: Record<Measure, string> = {
  received: "case when c.channel = 'window' then c.submitted_by end",
  accepted: 'ev.actor_id', concluded: 'ev.actor_id', rated: 'ev.actor_id', urged: 'u.handler_id',
};
const STAFF_EVENT: Partial<Record<Measure, string>> = { accepted: 'accept', concluded: 'conclude', rated: 'conclude' };

const localDateKey = (column: string) => `substr(${column}, 1, 10) || case when substr(${column}, 12, 2) >= '16' then '${LATE_MARK}' else '' end`;

function groupKey(dimension: Dimension, measure: Measure): RawBuilder<string | null> {
  const expression: Record<Dimension, string> = {
    department: "(c.department_id || '')", region: "(c.region_code || '')", item: 'c.item_code', channel: 'c.channel',
    staff: STAFF_OF[measure], date: localDateKey(DATED_BY[measure]), all: "'all'",
  };
  return sql.raw<string | null>(expression[dimension]);
}

/** The joins a measure needs beyond its own table and `cases c`: the department (for its path), the crediting event. */
function joins(query: CountQuery, measure: Measure): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [];
  if (query.scope.departmentPath !== undefined) parts.push(sql`join departments d on d.id = c.department_id`);
  const event = STAFF_EVENT[measure];
  if (query.dimension === 'staff' && event) parts.push(sql.raw(`left join case_events ev on ev.case_id = c.id and ev.action = '${event}'`));
  return parts.length === 0 ? sql`` : sql.join(parts, sql` `);
}

/** The period on the measure's instant and the scope on the case. */
function where(query: CountQuery, measure: Measure): RawBuilder<unknown> {
  const dated = sql.raw(DATED_BY[measure]);
  const parts = [sql`${dated} >= ${query.range.from}`, sql`${dated} < ${query.range.to}`, inRegion('c.region_code', query.scope.regionPrefix)];
  if (query.scope.departmentPath !== undefined) parts.push(sql`d.path like ${`${query.scope.departmentPath}%`}`);
  if (query.scope.itemCode !== undefined) parts.push(sql`c.item_code = ${query.scope.itemCode}`);
  return sql.join(parts, sql` and `);
}

const toNumber = (value: unknown) => Number(value ?? 0);

/** Received cases per group: all, instant (promisedDays 0), online, and online without a window collection (零跑动). */
export async function receivedCounts(db: Db, query: CountQuery) {
  const { rows } = await sql<{ group_key: string | null; received: unknown; instant: unknown; online: unknown; zero_visit: unknown }>`
    select ${groupKey(query.dimension, 'received')} as group_key, count(*) as received,
      sum(case when c.promised_days = 0 then 1 else 0 end) as instant,
      sum(case when c.channel = 'online' then 1 else 0 end) as online,
      sum(case when c.channel = 'online' and (dl.method is null or dl.method <> 'window') then 1 else 0 end) as zero_visit
    from cases c left join deliveries dl on dl.case_id = c.id ${joins(query, 'received')}
    where ${where(query, 'received')}
    group by 1`.execute(db);
  return rows.map((r) => ({
    key: r.group_key, received: toNumber(r.received), instant: toNumber(r.instant), online: toNumber(r.online), zeroVisit: toNumber(r.zero_visit),
  }));
}

/** Accepted cases per group (acceptances and deemed acceptances, 行政许可法 第三十二条). */
export async function acceptedCounts(db: Db, query: CountQuery) {
  const { rows } = await sql<{ group_key: string | null; accepted: unknown }>`
    select ${groupKey(query.dimension, 'accepted')} as group_key, count(*) as accepted
    from cases c ${joins(query, 'accepted')}
    where ${where(query, 'accepted')}
    group by 1`.execute(db);
  return rows.map((r) => ({ key: r.group_key, accepted: toNumber(r.accepted) }));
}

/**
 * Concluded cases per group and pair of (acceptance date, conclusion date), with how many were on time
 * (concludedAt ≤ dueAt, or no decision clock) and overdue, and their suspended workdays: working days are
 * counted once per pair with the calendar, which SQL does not have.
 */
export async function concludedCounts(db: Db, query: CountQuery) {
  const { rows } = await sql<{
    group_key: string | null; accepted_on: string | null; utc_date: string; late: unknown; concluded: unknown; on_time: unknown; overdue: unknown; suspended: unknown;
  }>`
    select ${groupKey(query.dimension, 'concluded')} as group_key, c.accepted_on, substr(c.concluded_at, 1, 10) as utc_date,
      case when substr(c.concluded_at, 12, 2) >= '16' then 1 else 0 end as late,
      count(*) as concluded,
      sum(case when c.due_at is null or c.concluded_at <= c.due_at then 1 else 0 end) as on_time,
      sum(case when c.due_at is not null and c.concluded_at > c.due_at then 1 else 0 end) as overdue,
      sum(c.suspended_workdays) as suspended
    from cases c ${joins(query, 'concluded')}
    where ${where(query, 'concluded')}
    group by 1, 2, 3, 4`.execute(db);
  return rows.map((r) => ({
    key: r.group_key, acceptedOn: r.accepted_on, utcDate: r.utc_date, late: toNumber(r.late) === 1, concluded: toNumber(r.concluded),
    onTime: toNumber(r.on_time), overdue: toNumber(r.overdue), suspended: toNumber(r.suspended),
  }));
}

/** Distinct cases urged (催办) per group, dated by when the urge was made. */
export async function urgedCounts(db: Db, query: CountQuery) {
  const { rows } = await sql<{ group_key: string | null; urged: unknown }>`
    select ${groupKey(query.dimension, 'urged')} as group_key, count(distinct u.case_id) as urged
    from urges u join cases c on c.id = u.case_id ${joins(query, 'urged')}
    where ${where(query, 'urged')}
    group by 1`.execute(db);
  return rows.map((r) => ({ key: r.group_key, urged: toNumber(r.urged) }));
}

/**
 * Counted ratings (not taken back by an upheld appeal) per group and level, with how many of them are bad
 * ratings whose rectification has a recorded result (status rectified): one pass over the period's ratings.
 */
export async function ratingLevelCounts(db: Db, query: CountQuery) {
  const { rows } = await sql<{ group_key: string | null; level: unknown; n: unknown; rectified: unknown }>`
    select ${groupKey(query.dimension, 'rated')} as group_key, r.level, count(*) as n, count(x.rating_id) as rectified
    from ratings r join cases c on c.id = r.case_id
      left join rectifications x on x.rating_id = r.id and x.status = 'rectified' ${joins(query, 'rated')}
    where r.excluded = 0 and ${where(query, 'rated')}
    group by 1, 2`.execute(db);
  return rows.map((r) => ({ key: r.group_key, level: toNumber(r.level), count: toNumber(r.n), rectified: toNumber(r.rectified) }));
}

/** Display names of group keys: departments, regions and staff by their rows, items by the cases' item name. */
export async function groupNames(db: Db, dimension: 'department' | 'region' | 'item' | 'staff', keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const list = [...keys];
  const rows = dimension === 'department'
    ? await db.selectFrom('departments').select(['id as key', 'name']).where('id', 'in', list).execute()
    : dimension === 'region'
      ? await db.selectFrom('regions').select(['code as key', 'name']).where('code', 'in', list).execute()
      : dimension === 'staff'
        ? await db.selectFrom('users').select(['id as key', 'name']).where('id', 'in', list).execute()
        : await db.selectFrom('cases').select((eb) => ['item_code as key', eb.fn.max('item_name').as('name')]).where('item_code', 'in', list).groupBy('item_code').execute();
  return new Map(rows.map((r) => [r.key, String(r.name)]));
}
