import { formatInstant } from '../../core/clock/index.js';
import { explainedLate, explanationStatus, type WarningKind } from '../../core/supervision/index.js';
import type { OverdueRecordView } from '../../store/repositories/overdue-record-repository.js';
import type { CaseWarning, TaskWarning } from '../../services/supervision/warnings.js';

const at = (instant: string | null) => (instant === null ? null : formatInstant(instant));

/** A case on the warning list. */
export function presentCaseWarning({ row, kind, dueAt, remainingWorkdays }: CaseWarning) {
  return {
    id: row.id, caseNo: row.case_no, itemCode: row.item_code, itemName: row.item_name, status: row.status, kind, warning: row.warning,
    departmentId: row.department_id, departmentName: row.department_name, regionCode: row.region_code, dueAt: formatInstant(dueAt),
    yellowAt: kind === 'statutory' ? null : at(row.yellow_at), statutoryDueAt: at(row.statutory_due_at),
    statutoryBreach: row.statutory_breach === 1, remainingWorkdays,
  };
}

/** A task on the warning list. */
export function presentTaskWarning({ row, remainingWorkdays }: TaskWarning) {
  return {
    id: row.id, caseId: row.case_id, caseNo: row.case_no, itemCode: row.item_code, itemName: row.item_name, stepKey: row.step_key,
    status: row.status, kind: 'step' as const, warning: row.warning, departmentId: row.department_id, departmentName: row.department_name,
    role: row.role, assigneeId: row.assignee_id, assigneeName: row.assignee_name, dueAt: formatInstant(row.due_at),
    yellowAt: formatInstant(row.yellow_at), remainingWorkdays,
  };
}

/** An overdue record with its explanation's status at `now`. */
export function presentOverdueRecord(r: OverdueRecordView, now: string) {
  const times = { explainedAt: r.explained_at, explanationDueAt: r.explanation_due_at };
  return {
    id: r.id, caseId: r.case_id, caseNo: r.case_no, itemCode: r.item_code, itemName: r.item_name, taskId: r.task_id, kind: r.kind as WarningKind,
    departmentId: r.department_id, departmentName: r.department_name, regionCode: r.region_code, handlerId: r.handler_id,
    handlerName: r.handler_name, dueAt: formatInstant(r.due_at), overdueOn: r.overdue_on, openedAt: formatInstant(r.opened_at),
    explanationDueAt: formatInstant(r.explanation_due_at), status: explanationStatus(times, now), explainedLate: explainedLate(times),
    explanation: r.explanation, explainedBy: r.explained_by, explainedByName: r.explained_by_name, explainedAt: at(r.explained_at),
  };
}
