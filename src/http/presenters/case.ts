import type { Case } from '../../core/cases/case.js';
import { formatInstant } from '../../core/clock/index.js';
import type { CaseEventRow, CorrectionNoticeTable } from '../../store/case-tables.js';
import type { CaseWithClock } from '../../services/cases/view-case.js';

// Stored in UTC; shown in Asia/Shanghai time, as the applicant and the law count it.
const optional = <K extends string>(key: K, value: string | null, format: (v: string) => string = formatInstant) =>
  (value === null ? {} : { [key]: format(value) }) as Partial<Record<K, string>>;

/** A case in lists: status, clocks and warning, no form data. */
export function presentCaseSummary({ case: c, warning, remainingWorkdays }: CaseWithClock) {
  return {
    id: c.id, caseNo: c.caseNo, itemCode: c.itemCode, itemName: c.itemName, status: c.status, ...(c.result && { result: c.result }),
    channel: c.channel, departmentId: c.departmentId, round: c.round, receivedAt: formatInstant(c.receivedAt),
    ...optional('acceptanceDueAt', c.acceptanceDueAt), ...optional('acceptedAt', c.acceptedAt), ...optional('dueAt', c.dueAt),
    ...optional('statutoryDueAt', c.statutoryDueAt), ...optional('supplementDueAt', c.supplementDueAt),
    warning, ...(remainingWorkdays !== null && { remainingWorkdays }), deemedAccepted: c.deemedAccepted,
    suspendedWorkdays: c.suspendedWorkdays, extensionDays: c.extensionDays, commitment: c.commitment,
    // While suspended the stored clock is the suspension's expected length (docs/workflow.md): red means it ran over.
    suspensionOverdue: c.status === 'suspended' && warning === 'red',
    ...optional('refusalReason', c.refusalReason, String),
  };
}

type NoticeRow = Pick<CorrectionNoticeTable, 'round' | 'issued_at' | 'supplement_due_at' | 'problems'>;

/** One case in full, for its applicant and staff in reach; the query code only to the applicant. */
export function presentCaseDetail(view: CaseWithClock & { events: CaseEventRow[]; notices: NoticeRow[] }, forApplicant: boolean) {
  const c: Case = view.case;
  return {
    ...presentCaseSummary(view), ...(forApplicant && { queryCode: c.queryCode }), applicantId: c.applicantId,
    form: c.form, materials: c.materials, deferredMaterials: c.deferredMaterials, ...optional('supplyDueAt', c.supplyDueAt),
    timeline: view.events.map((e) => ({
      at: formatInstant(e.at), action: e.action, statusFrom: e.status_from, statusTo: e.status_to, actorId: e.actor_id,
      details: JSON.parse(e.details) as Record<string, unknown>,
    })),
    correctionNotices: view.notices.map((n) => ({
      round: Number(n.round), issuedAt: formatInstant(n.issued_at), supplementDueAt: formatInstant(n.supplement_due_at),
      problems: JSON.parse(n.problems) as { materialCode: string; problem: string }[],
    })),
  };
}
