// Electronic supervision (电子监察, DOMAIN.md §7): warning kinds, periods, urging rules, recipients, notices.

export {
  ACTIVE_TASK_STATUSES, ALERT_LEVELS, CASE_WARNING_KINDS, CLOCKED_STATUSES, RUNNING_CLOCKS, STATUTORY_STATUSES, WARNING_KINDS,
  caseStatusesOf, runningClockKind, type AlertLevel, type RunningClockKind, type WarningKind,
} from './kinds.js';
export {
  DEFAULT_REPLY_WORKDAYS, EXPLANATION_STATUSES, EXPLANATION_WORKDAYS, MAX_REPLY_WORKDAYS, explainedLate, explanationClock,
  explanationStatus, firstOverdueDay, replyClock, type ExplanationStatus,
} from './deadlines.js';
export {
  ESCALATABLE_URGE_STATUSES, UNANSWERED_URGE_STATUSES, URGEABLE_CASE_STATUSES, URGE_CLOSING_STATUSES, URGE_STATUSES,
  acknowledgement, canReply, closesUrges, escalationDue, type UrgeStatus,
} from './urge-rules.js';
export { departmentHeads, departmentIdsOnPath, regionAncestry, regionSupervisors, type SupervisorPost } from './recipients.js';
export {
  ANSWERING_ROLES, SUPERVISION_READERS, URGING_ROLES, answersFor, supervisionScope, type SupervisionScope,
} from './access.js';
export { noticeKey, opensOverdueRecord, type NoticeKey, type NoticeKind, type SubjectType } from './notice-key.js';
export { SUPERVISION_TEMPLATES_EN, supervisionTemplatesZh, type SupervisionEventParams } from './notices.js';
export {
  buildOverdueReport, type DepartmentGroup, type HandlerGroup, type OverdueReport, type ReportCounts, type ReportEntry, type ReportRecord,
} from './report.js';
