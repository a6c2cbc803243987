/**
 * Who reads the figures and over what: analysts (领导 / 分析), supervisors and admins, each over their region's
 * subtree (DOMAIN.md §1, §10). A region outside the reader's answers 404, as if it did not exist; a department
 * outside the chosen region, or none at all, is a field error. Periods are checked here once for every route.
 */
import type { StaffRole } from '../../core/accounts/roles.js';
import { type LocalDate } from '../../core/calendar/index.js';
import { DomainError, invalidFields } from '../../core/errors.js';
import { isWithinRegion, regionPrefix } from '../../core/organization/region.js';
import { MAX_SPAN_DAYS, spanDays, type DateSpan } from '../../core/statistics/index.js';
import { findDepartment } from '../../store/repositories/department-repository.js';
import { findRegion } from '../../store/repositories/region-repository.js';
import type { StatisticsScope } from '../../store/repositories/statistics-repository.js';
import { requireRole } from '../access/authorize.js';
import type { Ctx } from '../context.js';

/** Roles that read statistics and reports. */
export const STATISTICS_READERS: readonly StaffRole[] = ['analyst', 'supervisor', 'admin'];

/** The scope a request names; each part optional. */
export interface ScopeInput {
  readonly region?: string | undefined;
  readonly department?: string | undefined;
  readonly item?: string | undefined;
}

/** A resolved scope: the filter for the queries, and the names to print. */
export interface ResolvedScope {
  readonly filter: StatisticsScope;
  readonly region: { readonly code: string; readonly name: string };
  readonly department: { readonly id: string; readonly name: string } | null;
  readonly item: string | null;
}

/** Asserts a reader and resolves the scope within their region (their own region by default). */
export async function resolveScope(ctx: Ctx, input: ScopeInput): Promise<ResolvedScope> {
  requireRole(ctx.actor, ...STATISTICS_READERS);
  const home = ctx.actor.regionCode;
  if (home === null) throw new DomainError('auth.forbidden');
  const code = input.region ?? home;
  if (!isWithinRegion(code, home)) throw new DomainError('request.not_found');
  const region = await findRegion(ctx.store.db, code);
  if (!region) throw invalidFields([{ field: 'region', code: 'not_found' }]);
  const department = input.department === undefined ? null : await findDepartment(ctx.store.db, input.department);
  if (input.department !== undefined && (!department || !isWithinRegion(department.regionCode, code))) {
    throw invalidFields([{ field: 'department', code: 'not_found' }]);
  }
  return {
    filter: { regionPrefix: regionPrefix(code), departmentPath: department?.path, itemCode: input.item },
    region: { code: region.code, name: region.name },
    department: department && { id: department.id, name: department.name },
    item: input.item ?? null,
  };
}

/** The span of dates of a request, in order and not longer than MAX_SPAN_DAYS. */
export function checkSpan(from: string, to: string): DateSpan {
  const span = { from: from as LocalDate, to: to as LocalDate };
  if (to < from) throw invalidFields([{ field: 'to', code: 'date_order' }]);
  if (spanDays(span) > MAX_SPAN_DAYS) throw invalidFields([{ field: 'to', code: 'period_too_long', params: { limit: MAX_SPAN_DAYS } }]);
  return span;
}
