import { createHash, randomBytes } from 'node:crypto';
import type { Case } from '../../core/cases/case.js';
import { DomainError, invalidFields } from '../../core/errors.js';
import type { PublicChannel, RatingChannel } from '../../core/ratings/index.js';
import { caseFromRow, findCaseByNo, selectCaseWithPath } from '../../store/repositories/case-repository.js';
import { consumeRatingToken, insertRatingToken } from '../../store/repositories/rating-repository.js';
import { requireActor, requireRole } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import { loadCaseFor } from '../cases/change-case.js';
import { sameCode } from '../cases/public-progress.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { throttledLookup } from '../security/lookup-throttle.js';
import { assertRateable, checkRatingInput, recordRating, type RatingInput, type RatingOutcome } from './record-rating.js';

type RateCase = (c: Case, channel: RatingChannel, assistedBy: string | null) => Promise<RatingOutcome>;

/** The input checked first, the calendar read before the transaction (SQLite has one connection), then `work`. */
async function rate(ctx: Ctx, input: RatingInput, work: (trx: Trx, rateCase: RateCase) => Promise<RatingOutcome>): Promise<RatingOutcome> {
  checkRatingInput(input);
  const calendar = await currentCalendar(ctx);
  return inTransaction(ctx, (trx) => work(trx, (c, channel, assistedBy) => recordRating(trx, ctx, calendar, c, input, channel, assistedBy)));
}

/** The applicant rates their own case online (API.md `POST /api/v1/cases/:id/ratings`). */
export function rateOwnCase(ctx: Ctx, caseId: string, input: RatingInput): Promise<RatingOutcome> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  return rate(ctx, input, async (trx, rateCase) => rateCase(await loadCaseFor(trx, ctx, actor, caseId, { applicant: true }), 'online', null));
}

/** A staff member records the rating an applicant gave on the phone (电话回访). */
export function rateByPhone(ctx: Ctx, caseId: string, input: RatingInput): Promise<RatingOutcome> {
  requireRole(ctx.actor, 'supervisor', 'clerk');
  const actor = ctx.actor;
  return rate(ctx, input, async (trx, rateCase) => (
    rateCase(await loadCaseFor(trx, ctx, actor, caseId, { roles: ['supervisor', 'clerk'] }), 'phone', actor.userId)));
}

/**
 * Anyone holding the case number and query code rates from the QR code on the result, the SMS link or the
 * hall's kiosk. A wrong code answers like a missing case (404), so existence does not leak; guesses are throttled.
 */
export function ratePublicly(ctx: Ctx, input: RatingInput & { caseNo: string; queryCode: string; channel: PublicChannel }): Promise<RatingOutcome> {
  return throttledLookup(ctx, input.caseNo, () => rate(ctx, input, async (trx, rateCase) => {
    const row = await ctx.store.dialect.forUpdate(selectCaseWithPath(trx).where('cases.case_no', '=', input.caseNo), 'cases').executeTakeFirst();
    if (!row || !sameCode(row.query_code, input.queryCode)) throw new DomainError('request.not_found');
    return rateCase(caseFromRow(row), input.channel, null);
  }));
}

// The applicant at the counter rates within minutes; an unused code is worthless soon after.
const TOKEN_MINUTES = 15;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A clerk opens the window device (评价器) for one case in reach: a one-time token that lets the device submit
 * one rating without a session, so the applicant, not the clerk's login, rates. The device page shows it.
 */
export async function openWindowRating(ctx: Ctx, target: { caseId?: string | undefined; caseNo?: string | undefined }) {
  requireRole(ctx.actor, 'clerk');
  const actor = ctx.actor;
  if (!target.caseId === !target.caseNo) throw invalidFields([{ field: target.caseId ? 'caseNo' : 'caseId', code: target.caseId ? 'invalid' : 'required' }]);
  const token = randomBytes(24).toString('base64url');
  const now = nowIso(ctx);
  const expiresAt = new Date(ctx.clock.now().getTime() + TOKEN_MINUTES * 60_000).toISOString();
  return inTransaction(ctx, async (trx) => {
    const caseId = target.caseId ?? (await findCaseByNo(trx, target.caseNo ?? ''))?.id;
    if (!caseId) throw new DomainError('request.not_found');
    const c = await loadCaseFor(trx, ctx, actor, caseId, { roles: ['clerk'] });
    // Fail at the counter, not after the applicant has rated on the device (the rating checks again).
    await assertRateable(trx, c);
    await insertRatingToken(trx, { token_hash: hashOf(token), case_id: c.id, created_by: actor.userId, created_at: now, expires_at: expiresAt, used_at: null });
    await recordAudit(trx, ctx, { entity: 'case', entityId: c.id, action: 'rating.window_opened', after: { expiresAt } });
    return { token, expiresAt, caseId: c.id, caseNo: c.caseNo, itemName: c.itemName };
  });
}

/** The window device submits its one rating with the token; a used or expired token is refused. */
export function rateAtWindow(ctx: Ctx, token: string, input: RatingInput): Promise<RatingOutcome> {
  return rate(ctx, input, async (trx, rateCase) => {
    const used = await consumeRatingToken(trx, hashOf(token), nowIso(ctx));
    if (!used) throw new DomainError('rating.token_invalid');
    const row = await ctx.store.dialect.forUpdate(selectCaseWithPath(trx).where('cases.id', '=', used.caseId), 'cases').executeTakeFirstOrThrow();
    return rateCase(caseFromRow(row), 'window', used.createdBy);
  });
}
