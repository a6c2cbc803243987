import { reachIncludes, reachOf } from '../../core/accounts/actor.js';
import { DomainError } from '../../core/errors.js';
import { settingLineage, settingsFor, type RatingSettings } from '../../core/ratings/index.js';
import { findRegion } from '../../store/repositories/region-repository.js';
import { loadRatingSettings, saveRatingSettings } from '../../store/repositories/rating-repository.js';
import { requireActor, requireRole } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx, Db } from '../context.js';
import { inTransaction, nowIso } from '../context.js';

/** The settings in force for a region and the region they come from (null: the defaults). */
export async function effectiveRatingSettings(db: Db, regionCode: string) {
  return settingsFor(regionCode, await loadRatingSettings(db, settingLineage(regionCode)));
}

async function requireRegion(db: Db, regionCode: string): Promise<void> {
  if (!(await findRegion(db, regionCode))) throw new DomainError('request.not_found');
}

/** A region's rating settings, for signed-in staff. */
export async function ratingSettingsOf(ctx: Ctx, regionCode: string) {
  requireActor(ctx.actor);
  if (ctx.actor.kind !== 'staff') throw new DomainError('auth.forbidden');
  await requireRegion(ctx.store.db, regionCode);
  const { settings, from } = await effectiveRatingSettings(ctx.store.db, regionCode);
  return { regionCode, ...settings, inheritedFrom: from === regionCode ? null : from };
}

/**
 * An admin of the region (or a region above) sets its rating settings; omitted fields keep the value in
 * force. New rectifications use them; open ones keep the deadline they opened with.
 */
export async function setRatingSettings(ctx: Ctx, regionCode: string, input: Partial<RatingSettings>) {
  requireRole(ctx.actor, 'admin');
  if (!reachIncludes(reachOf(ctx.actor, ['admin']), { regionCode, path: '' })) throw new DomainError('auth.forbidden');
  await requireRegion(ctx.store.db, regionCode);
  return inTransaction(ctx, async (trx) => {
    const { settings: before } = await effectiveRatingSettings(trx, regionCode);
    const after: RatingSettings = {
      rectificationDays: input.rectificationDays ?? before.rectificationDays, boardMinRatings: input.boardMinRatings ?? before.boardMinRatings,
    };
    await saveRatingSettings(trx, regionCode, after, ctx.actor?.userId ?? '', nowIso(ctx));
    await recordAudit(trx, ctx, { entity: 'rating_settings', entityId: regionCode, action: 'update', before, after });
    return { regionCode, ...after, inheritedFrom: null };
  });
}
