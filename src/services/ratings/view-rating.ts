import { DomainError } from '../../core/errors.js';
import { isRateable } from '../../core/ratings/index.js';
import type { RatingRow } from '../../store/rating-tables.js';
import { caseFromRow, findCaseByNo } from '../../store/repositories/case-repository.js';
import { addFollowUp, findRatingByCase, findRatingWithPath } from '../../store/repositories/rating-repository.js';
import { findAppealByRating, findRectificationByRating } from '../../store/repositories/rectification-repository.js';
import { requireActor } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadCaseFor } from '../cases/change-case.js';
import { sameCode } from '../cases/public-progress.js';
import type { Ctx, Db } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { throttledLookup } from '../security/lookup-throttle.js';

const STAFF = ['admin', 'supervisor', 'analyst', 'clerk', 'handler', 'approver'] as const;

/** A rating as its case page shows it, with its rectification; staff also see the appeal. */
async function ratingView(db: Db, rating: RatingRow, staff: boolean) {
  const rectification = await findRectificationByRating(db, rating.id);
  const appeal = staff ? await findAppealByRating(db, rating.id) : undefined;
  return { rating, rectification, appeal };
}

/** The case's rating as the applicant or staff in reach see it, and whether it may be rated now. */
export async function caseRating(ctx: Ctx, caseId: string) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  return inTransaction(ctx, async (trx) => {
    const c = await loadCaseFor(trx, ctx, actor, caseId, { applicant: true, roles: STAFF });
    const rating = await findRatingByCase(trx, c.id);
    return {
      rateable: !rating && isRateable(c.status),
      view: rating ? await ratingView(trx, rating, actor.kind === 'staff') : null,
    };
  });
}

/** What the public rating page needs: the case, whether it may be rated, whether it was. A wrong code is a 404 (throttled). */
export function publicRatingInfo(ctx: Ctx, caseNo: string, queryCode: string) {
  return throttledLookup(ctx, caseNo, async () => {
    const row = await findCaseByNo(ctx.store.db, caseNo);
    if (!row || !sameCode(row.query_code, queryCode)) throw new DomainError('request.not_found');
    const c = caseFromRow(row);
    const rated = (await findRatingByCase(ctx.store.db, c.id)) !== undefined;
    return { caseNo: c.caseNo, itemName: c.itemName, status: c.status, rated, rateable: !rated && isRateable(c.status) };
  });
}

/** The applicant appends the one follow-up (追评) to their own rating. */
export async function addRatingFollowUp(ctx: Ctx, ratingId: string, comment: string) {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  return inTransaction(ctx, async (trx) => {
    const rating = await findRatingWithPath(trx, ratingId);
    // Another applicant's rating, or staff: as if it did not exist.
    if (!rating || actor.kind !== 'applicant' || rating.applicant_id !== actor.userId) throw new DomainError('request.not_found');
    const at = nowIso(ctx);
    if (!(await addFollowUp(trx, ratingId, comment.trim(), at))) throw new DomainError('rating.follow_up_exists');
    await recordAudit(trx, ctx, { entity: 'rating', entityId: ratingId, action: 'follow_up', after: { comment: comment.trim() } });
    return { id: ratingId, followUp: comment.trim(), followUpAt: at };
  });
}
