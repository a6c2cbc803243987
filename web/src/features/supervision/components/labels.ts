import type { MessageKey } from '@/lib/i18n';
import type { ExplanationStatus, UrgeStatus, WarningKind } from '../api/supervision';

/** Which clock ran out, as a message key. */
export const KIND_LABEL: Record<WarningKind, MessageKey> = {
  acceptance: 'sv.kind.acceptance', decision: 'sv.kind.decision', delivery: 'sv.kind.delivery',
  suspension: 'sv.kind.suspension', statutory: 'sv.kind.statutory', step: 'sv.kind.step',
};

/** Where an explanation stands: colour and label. */
export const EXPLANATION_DISPLAY: Record<ExplanationStatus, { color: string; label: MessageKey }> = {
  awaiting: { color: 'gold', label: 'sv.overdue.status.awaiting' },
  late: { color: 'red', label: 'sv.overdue.status.late' },
  explained: { color: 'green', label: 'sv.overdue.status.explained' },
};

/** Where an urge stands: colour and label. */
export const URGE_DISPLAY: Record<UrgeStatus, { color: string; label: MessageKey }> = {
  open: { color: 'orange', label: 'sv.urges.status.open' },
  acknowledged: { color: 'blue', label: 'sv.urges.status.acknowledged' },
  escalated: { color: 'red', label: 'sv.urges.status.escalated' },
  replied: { color: 'green', label: 'sv.urges.status.replied' },
  closed: { color: 'default', label: 'sv.urges.status.closed' },
};
