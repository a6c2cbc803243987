import type { Translate } from '@/lib/i18n';
import type { CaseSummary } from './case-api';
import { formatDate } from './format';

/** What happens next, in a line, for the open end of the timeline; undefined once the case is over. */
export function pendingStep(c: CaseSummary, t: Translate): string | undefined {
  switch (c.status) {
    case 'submitted':
    case 'refusal_pending':
      return c.acceptanceDueAt ? t('case.pending.acceptance', { date: formatDate(c.acceptanceDueAt) }) : t('case.pending.acceptanceNoDate');
    case 'correction_required':
      return t('case.pending.supplement', { date: formatDate(c.supplementDueAt) });
    case 'in_progress':
      return c.dueAt ? t('case.pending.decision', { date: formatDate(c.dueAt) }) : t('case.pending.decisionNoDate');
    case 'suspended':
      return t('case.pending.suspended');
    case 'concluded':
      return t('case.pending.delivery');
    default:
      return undefined;
  }
}
