import type { CaseStatus } from '../../core/cases/status.js';
import { closesUrges } from '../../core/supervision/index.js';
import { closeUnansweredUrges } from '../../store/repositories/urge-repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx, Trx } from '../context.js';

/**
 * 办结销号: when a case concludes or ends otherwise (refused, withdrawn, abandoned, revoked), its
 * unanswered urges are closed in the same transaction. Called by `changeCase` on every transition.
 */
export async function closeUrgesWhenCaseEnds(trx: Trx, ctx: Ctx, caseId: string, from: CaseStatus, to: CaseStatus, now: string): Promise<void> {
  if (!closesUrges(from, to)) return;
  for (const id of await closeUnansweredUrges(trx, caseId, now)) {
    await recordAudit(trx, ctx, { entity: 'urge', entityId: id, action: 'close', after: { status: 'closed', caseStatus: to } });
  }
}
