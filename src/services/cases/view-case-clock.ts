import { requireActor } from '../access/authorize.js';
import { findExtension, listCaseSuspensions } from '../../store/repositories/case-clock-repository.js';
import type { Ctx } from '../context.js';
import { inTransaction } from '../context.js';
import { loadCaseFor } from './change-case.js';

const READERS = ['admin', 'supervisor', 'analyst', 'clerk', 'handler', 'approver'] as const;

/** A case's suspensions and extension, for its applicant and staff in reach (others 404). */
export async function viewCaseClock(ctx: Ctx, caseId: string) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  return inTransaction(ctx, async (trx) => {
    await loadCaseFor(trx, ctx, actor, caseId, { applicant: true, roles: READERS });
    return { suspensions: await listCaseSuspensions(trx, caseId), extension: (await findExtension(trx, caseId)) ?? null };
  });
}
