/**
 * Escalation (督办, DOMAIN.md §7): an urge left unanswered past its reply deadline goes to the department
 * head, once. The compare-and-set on the urge's status decides which process escalates and notifies.
 */
import { dueEscalations, escalateUrge, findUrge } from '../../store/repositories/urge-repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx, Deps } from '../context.js';
import { inTransaction } from '../context.js';
import { notifyStaff } from '../notifications/notify-staff.js';
import { departmentHeadIds } from './recipients.js';
import { replyDueDate } from './urges.js';

const BATCH = 100;

/** Escalates every urge past its reply deadline at `now` (UTC ISO); returns how many this call escalated. */
export async function escalateUnansweredUrges(deps: Deps, now: string): Promise<number> {
  const ctx: Ctx = { ...deps, actor: null, ip: null };
  let escalated = 0;
  for (;;) {
    const ids = await dueEscalations(deps.store.db, now, BATCH);
    for (const id of ids) {
      const won = await inTransaction(ctx, async (trx) => {
        const urge = await findUrge(trx, id);
        if (!urge || !(await escalateUrge(trx, id, now))) return false;
        await notifyStaff(trx, ctx, await departmentHeadIds(trx, urge.department_id), 'supervision.escalated', {
          caseNo: urge.case_no, itemName: urge.item_name, message: urge.message, replyDueDate: replyDueDate(urge),
        });
        await recordAudit(trx, ctx, { entity: 'urge', entityId: id, action: 'escalate', before: { status: urge.status }, after: { status: 'escalated' } });
        return true;
      });
      if (won) escalated += 1;
    }
    if (ids.length < BATCH) return escalated;
  }
}
