import type { CaseAction } from '@core/cases/status';
import type { MessageKey } from '@/lib/i18n';
import type { CaseStatus, CaseSummary, WarningLevel } from './case-api';

/** Tag colour and label of each status, so every page shows a status the same way. */
export const STATUS_DISPLAY: Record<CaseStatus, { color: string; label: MessageKey }> = {
  draft: { color: 'default', label: 'case.status.draft' },
  submitted: { color: 'blue', label: 'case.status.submitted' },
  correction_required: { color: 'orange', label: 'case.status.correction_required' },
  refusal_pending: { color: 'magenta', label: 'case.status.refusal_pending' },
  refused: { color: 'red', label: 'case.status.refused' },
  in_progress: { color: 'processing', label: 'case.status.in_progress' },
  suspended: { color: 'purple', label: 'case.status.suspended' },
  concluded: { color: 'green', label: 'case.status.concluded' },
  delivered: { color: 'green', label: 'case.status.delivered' },
  abandoned: { color: 'default', label: 'case.status.abandoned' },
  withdrawn: { color: 'default', label: 'case.status.withdrawn' },
  revoked: { color: 'volcano', label: 'case.status.revoked' },
};

/**
 * The applicant and the public are not shown the clerk's refusal proposal: until an approver confirms
 * it, the application is still being examined (窗口无权否决; docs/decisions in the report).
 */
export const PUBLIC_STATUS_LABEL: Partial<Record<CaseStatus, MessageKey>> = {
  refusal_pending: 'case.status.public.refusal_pending',
};

/** Timeline steps only staff see: a proposal is not a decision. */
export const INTERNAL_ACTIONS: ReadonlySet<string> = new Set(['proposeRefusal', 'rejectRefusal']);

/** The label of each timeline action; typed by core/cases/status.ts TRANSITIONS, so a new action needs a label. */
export const ACTION_LABEL: Record<CaseAction, MessageKey> = {
  submit: 'case.action.submit',
  issueCorrectionNotice: 'case.action.issueCorrectionNotice',
  resubmit: 'case.action.resubmit',
  accept: 'case.action.accept',
  deemAccepted: 'case.action.deemAccepted',
  proposeRefusal: 'case.action.proposeRefusal',
  confirmRefusal: 'case.action.confirmRefusal',
  rejectRefusal: 'case.action.rejectRefusal',
  abandon: 'case.action.abandon',
  suspend: 'case.action.suspend',
  resume: 'case.action.resume',
  extend: 'case.action.extend',
  conclude: 'case.action.conclude',
  deliver: 'case.action.deliver',
  revoke: 'case.action.revoke',
  supplyDeferred: 'case.action.supplyDeferred',
  withdraw: 'case.action.withdraw',
};

/** The label of a timeline action, or undefined for one this build does not know. */
export function actionLabel(action: string): MessageKey | undefined {
  return Object.hasOwn(ACTION_LABEL, action) ? ACTION_LABEL[action as CaseAction] : undefined;
}

/** Warning colours: 红灯 overdue, 黄灯 close to the limit (DOMAIN.md §5). */
export const WARNING_DISPLAY: Record<WarningLevel, { color: string; label: MessageKey }> = {
  none: { color: 'green', label: 'case.warning.none' },
  yellow: { color: 'gold', label: 'case.warning.yellow' },
  red: { color: 'red', label: 'case.warning.red' },
};

/** Statuses grouped as the applicant filters them. */
export const APPLICANT_STATUS_GROUPS = {
  all: undefined,
  action: ['correction_required'],
  pending: ['submitted', 'refusal_pending'],
  working: ['in_progress', 'suspended'],
  done: ['concluded', 'delivered', 'refused', 'abandoned', 'withdrawn', 'revoked'],
} as const satisfies Record<string, readonly CaseStatus[] | undefined>;

/** Which clock a case is on now: acceptance (5 workdays), supplement, or decision; null when none runs. */
export function runningClock(c: CaseSummary): { kind: 'acceptance' | 'supplement' | 'decision'; dueAt: string } | null {
  if ((c.status === 'submitted' || c.status === 'refusal_pending') && c.acceptanceDueAt) return { kind: 'acceptance', dueAt: c.acceptanceDueAt };
  if (c.status === 'correction_required' && c.supplementDueAt) return { kind: 'supplement', dueAt: c.supplementDueAt };
  if ((c.status === 'in_progress' || c.status === 'suspended') && c.dueAt) return { kind: 'decision', dueAt: c.dueAt };
  return null;
}
