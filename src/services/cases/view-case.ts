import { parseLocalDate } from '../../core/calendar/index.js';
import type { Case } from '../../core/cases/case.js';
import { caseReach } from '../../core/cases/access.js';
import type { CaseStatus } from '../../core/cases/status.js';
import { remainingWorkdays } from '../../core/calendar/index.js';
import { endOfDay, levelAt, localDateOf, startOfDay, type WarningLevel } from '../../core/clock/index.js';
import { invalidFields } from '../../core/errors.js';
import { listCaseEvents, listCorrectionNotices } from '../../store/repositories/case-event-repository.js';
import { caseFromRow, listCases } from '../../store/repositories/case-repository.js';
import { requireActor } from '../access/authorize.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import type { Ctx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { loadCaseFor } from './change-case.js';

/** A case with its derived warning and remaining workdays on the running clock. */
export interface CaseWithClock {
  readonly case: Case;
  readonly warning: WarningLevel;
  readonly remainingWorkdays: number | null;
}

async function withClock(ctx: Ctx, cases: readonly Case[]): Promise<CaseWithClock[]> {
  const calendar = await currentCalendar(ctx);
  const now = nowIso(ctx);
  const today = parseLocalDate(localDateOf(now));
  return cases.map((c) => {
    const due = c.redAt ? parseLocalDate(localDateOf(c.redAt)) : null;
    return {
      case: c,
      warning: c.yellowAt && c.redAt ? levelAt(now, { yellowAt: c.yellowAt, dueAt: c.redAt }) : 'none',
      remainingWorkdays: due ? remainingWorkdays(calendar, today, due).workdays : null,
    };
  });
}

const STAFF = ['admin', 'supervisor', 'analyst', 'clerk', 'handler', 'approver'] as const;

/** One case as its applicant or staff in reach see it, with the timeline and the correction notices. */
export async function viewCase(ctx: Ctx, caseId: string) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  const loaded = await inTransaction(ctx, async (trx) => {
    const current = await loadCaseFor(trx, ctx, actor, caseId, { applicant: true, roles: STAFF });
    return { current, events: await listCaseEvents(trx, caseId), notices: await listCorrectionNotices(trx, caseId) };
  });
  const [clocked] = await withClock(ctx, [loaded.current]);
  return { ...(clocked as CaseWithClock), events: loaded.events, notices: loaded.notices };
}

/** What the case list may be narrowed by; receipt dates are legal dates, both ends included. */
export interface CaseListFilter {
  readonly statuses?: CaseStatus[] | undefined;
  readonly warning?: WarningLevel | undefined;
  readonly order?: 'asc' | 'desc' | undefined;
  readonly itemCode?: string | undefined;
  readonly receivedFrom?: string | undefined;
  readonly receivedTo?: string | undefined;
  readonly q?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

/** Cases the actor reaches (staff: their reach; applicants: their own), filtered. */
export async function listCasesFor(ctx: Ctx, filter: CaseListFilter) {
  requireActor(ctx.actor);
  const { receivedFrom, receivedTo } = filter;
  if (receivedFrom && receivedTo && receivedTo < receivedFrom) throw invalidFields([{ field: 'receivedTo', code: 'date_order' }]);
  const { rows, total } = await listCases(ctx.store.db, caseReach(ctx.actor), {
    statuses: filter.statuses, warning: filter.warning, order: filter.order ?? 'asc', now: nowIso(ctx), limit: filter.limit ?? 50, offset: filter.offset ?? 0,
    itemCode: filter.itemCode, caseNoPart: filter.q,
    receivedFrom: receivedFrom && startOfDay(parseLocalDate(receivedFrom)), receivedTo: receivedTo && endOfDay(parseLocalDate(receivedTo)),
  });
  return { cases: await withClock(ctx, rows.map(caseFromRow)), total };
}
