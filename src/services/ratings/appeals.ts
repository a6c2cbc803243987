import { reachIncludes, reachOf } from '../../core/accounts/actor.js';
import { DomainError } from '../../core/errors.js';
import { isBadRating, isRatingLevel } from '../../core/ratings/index.js';
import { excludeRating, findRatingWithPath } from '../../store/repositories/rating-repository.js';
import {
  decideAppeal as saveDecision, findAppeal, findAppealByRating, findRectificationByRating, insertAppeal, updateOpenRectification,
} from '../../store/repositories/rectification-repository.js';
import { requireRole } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';

/**
 * The department appeals (申诉) a bad rating it believes mistaken: its head (the approver, 负责人) files it,
 * while the rectification is still open, once per rating. The rectification clock keeps running meanwhile.
 */
export async function fileAppeal(ctx: Ctx, ratingId: string, reason: string) {
  requireRole(ctx.actor, 'approver');
  const actor = ctx.actor;
  return inTransaction(ctx, async (trx) => {
    const rating = await findRatingWithPath(trx, ratingId);
    if (!rating || !reachIncludes(reachOf(actor, ['approver']), { regionCode: rating.region_code, path: rating.department_path })) {
      throw new DomainError('request.not_found');
    }
    if (await findAppealByRating(trx, ratingId)) throw new DomainError('rating.appeal_exists');
    const level = Number(rating.level);
    const rectification = await findRectificationByRating(trx, ratingId);
    if (!isRatingLevel(level) || !isBadRating(level) || rectification?.status !== 'open') throw new DomainError('rating.appeal_not_allowed');
    const id = ctx.newId();
    const at = nowIso(ctx);
    await insertAppeal(trx, {
      id, rating_id: ratingId, department_id: rating.department_id, reason: reason.trim(), filed_by: actor.userId, filed_at: at,
      status: 'pending', opinion: null, decided_by: null, decided_at: null,
    });
    await recordAudit(trx, ctx, { entity: 'rating_appeal', entityId: id, action: 'file', after: { ratingId, reason: reason.trim() } });
    return { id, ratingId, status: 'pending' as const, filedAt: at };
  });
}

/**
 * A supervisor of the rating's region decides. Upheld: the rating is taken out of every figure and its open
 * rectification is closed (nothing left to rectify). Rejected: the rectification goes on as before.
 */
export async function decideAppeal(ctx: Ctx, appealId: string, input: { upheld: boolean; opinion: string }) {
  requireRole(ctx.actor, 'supervisor');
  const actor = ctx.actor;
  return inTransaction(ctx, async (trx) => {
    const appeal = await findAppeal(trx, appealId);
    if (!appeal || !reachIncludes(reachOf(actor, ['supervisor']), { regionCode: appeal.region_code, path: '' })) {
      throw new DomainError('request.not_found');
    }
    const at = nowIso(ctx);
    const status = input.upheld ? 'upheld' as const : 'rejected' as const;
    if (!(await saveDecision(trx, appealId, { status, opinion: input.opinion.trim(), decided_by: actor.userId, decided_at: at }))) {
      throw new DomainError('rating.appeal_decided');
    }
    if (input.upheld) {
      await excludeRating(trx, appeal.rating_id);
      const rectification = await findRectificationByRating(trx, appeal.rating_id);
      if (rectification && await updateOpenRectification(trx, rectification.id, { status: 'closed', closed_at: at, updated_at: at })) {
        await recordAudit(trx, ctx, { entity: 'rectification', entityId: rectification.id, action: 'close', before: { status: 'open' }, after: { status: 'closed', appealId } });
      }
    }
    await recordAudit(trx, ctx, { entity: 'rating_appeal', entityId: appealId, action: 'decide', before: { status: 'pending' }, after: { status, opinion: input.opinion.trim() } });
    return { id: appealId, ratingId: appeal.rating_id, status, decidedAt: at };
  });
}
