import type { Calendar, LocalDate } from '../../core/calendar/index.js';
import type { Case } from '../../core/cases/case.js';
import { NO_CLOCK } from '../../core/cases/case-clocks.js';
import { periodClock } from '../../core/clock/index.js';
import { DomainError } from '../../core/errors.js';
import {
  completeVerification, findVerification, insertVerification, listVerifications,
} from '../../store/repositories/verification-repository.js';
import { requireRole } from '../access/authorize.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { changeCase } from './change-case.js';
import { revokeCaseLicense } from '../licenses/revoke-license.js';

/** Workdays the department has to verify a commitment (核查), counted from the grant. */
export const VERIFICATION_DAYS = 20;

/** Opens the verification task a commitment grant owes its department (DOMAIN.md §4, 告知承诺). */
export async function openVerification(trx: Trx, ctx: Ctx, c: Case, calendar: Calendar, grantedOn: LocalDate): Promise<void> {
  await insertVerification(trx, {
    id: ctx.newId(), case_id: c.id, department_id: c.departmentId, status: 'open',
    due_at: new Date(periodClock(calendar, grantedOn, VERIFICATION_DAYS).dueAt).toISOString(),
    note: null, completed_by: null, completed_at: null, created_at: nowIso(ctx),
  });
}

/** The verifications of the handler's or approver's department subtree. */
export async function verificationsFor(ctx: Ctx, status?: 'open' | 'confirmed' | 'breach') {
  requireRole(ctx.actor, 'handler', 'approver');
  if (!ctx.actor.departmentPath) return [];
  return listVerifications(ctx.store.db, ctx.actor.departmentPath, status);
}

/**
 * Records what verification found. A broken promise revokes the grant (告知承诺: 承诺不实的，撤销行政许可).
 */
export async function verifyCommitment(ctx: Ctx, id: string, outcome: 'confirmed' | 'breach', note: string) {
  requireRole(ctx.actor, 'handler', 'approver');
  const actor = ctx.actor;
  const found = await findVerification(ctx.store.db, id);
  if (!found || !actor.departmentPath || !found.path.startsWith(actor.departmentPath)) throw new DomainError('request.not_found');
  if (found.status !== 'open') throw new DomainError('case.verification_closed');
  if (outcome === 'breach') {
    await changeCase(ctx, found.case_id, 'revoke', { roles: ['handler', 'approver'] }, (current, _calendar, now) => ({
      next: { ...current, closedAt: now, ...NO_CLOCK }, details: { verification: id, note },
      also: async (trx) => {
        await completeVerification(trx, id, outcome, note, actor.userId, now);
        await revokeCaseLicense(trx, ctx, found.case_id, note, now);
      },
    }));
  } else {
    await inTransaction(ctx, (trx) => completeVerification(trx, id, outcome, note, actor.userId, nowIso(ctx)));
  }
  return { id, status: outcome };
}
