/**
 * The overdue report (DOMAIN.md §7): a region's overdue records of a period, by department and handler,
 * with the written explanations. The period is the first overdue day, so a clock due on the last day of a
 * month counts in the next month, when it was overdue. Exports (Excel, PDF, the monthly notice) read this.
 */
import { DomainError, invalidFields } from '../../core/errors.js';
import { isWithinRegion, regionPrefix } from '../../core/organization/region.js';
import { buildOverdueReport, type ReportRecord, type WarningKind } from '../../core/supervision/index.js';
import { listOverdueRecords, type OverdueRecordView } from '../../store/repositories/overdue-record-repository.js';
import { findRegion } from '../../store/repositories/region-repository.js';
import type { Ctx } from '../context.js';
import { nowIso } from '../context.js';
import { checkPeriod } from './filters.js';
import { requireReader } from './reach.js';

const toReportRecord = (r: OverdueRecordView): ReportRecord<OverdueRecordView> => ({
  caseId: r.case_id, kind: r.kind as WarningKind, departmentId: r.department_id, departmentName: r.department_name, handlerId: r.handler_id,
  handlerName: r.handler_name, explanationDueAt: r.explanation_due_at, explainedAt: r.explained_at, source: r,
});

/** The report of a region within the reader's (their own by default) for `from`..`to` (inclusive dates). */
export async function overdueReport(ctx: Ctx, query: { from: string; to: string; region?: string | undefined }) {
  const { actor } = requireReader(ctx.actor);
  checkPeriod(query.from, query.to);
  const regionCode = query.region ?? actor.regionCode!;
  if (!isWithinRegion(regionCode, actor.regionCode!)) throw new DomainError('request.not_found');
  const region = await findRegion(ctx.store.db, regionCode);
  if (!region) throw invalidFields([{ field: 'region', code: 'not_found' }]);
  const now = nowIso(ctx);
  const rows = await listOverdueRecords(ctx.store.db, { kind: 'region', regionPrefix: regionPrefix(regionCode) }, {
    now, from: query.from, to: query.to, limit: null, offset: 0,
  });
  return { region: { code: region.code, name: region.name }, from: query.from, to: query.to, generatedAt: now, ...buildOverdueReport(rows.map(toReportRecord), now) };
}
