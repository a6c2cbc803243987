import { formatInstant } from '../../core/clock/index.js';
import type { UrgeStatus } from '../../core/supervision/index.js';
import type { UrgeRow } from '../../store/supervision-tables.js';

const at = (instant: string | null) => (instant === null ? null : formatInstant(instant));

/** An urge with its case and department names; instants in Asia/Shanghai time. */
export function presentUrge(u: UrgeRow & { case_no: string; item_name: string; department_name: string }) {
  return {
    id: u.id, caseId: u.case_id, caseNo: u.case_no, itemName: u.item_name, taskId: u.task_id, departmentId: u.department_id,
    departmentName: u.department_name, handlerId: u.handler_id, message: u.message, replyWorkdays: Number(u.reply_workdays),
    replyDueAt: formatInstant(u.reply_due_at), status: u.status as UrgeStatus, createdBy: u.created_by, createdAt: formatInstant(u.created_at),
    acknowledgedBy: u.acknowledged_by, acknowledgedAt: at(u.acknowledged_at), reply: u.reply, repliedBy: u.replied_by,
    repliedAt: at(u.replied_at), escalatedAt: at(u.escalated_at), closedAt: at(u.closed_at),
  };
}
