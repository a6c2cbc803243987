import type { Calendar } from '../../core/calendar/index.js';
import { parseLocalDate } from '../../core/calendar/index.js';
import type { Case } from '../../core/cases/case.js';
import { formatInstant, localDateOf } from '../../core/clock/index.js';
import { DomainError, invalidFields, type FieldError } from '../../core/errors.js';
import {
  checkTags, isBadRating, isRateable, isRatingLevel, rectificationClock, settingLineage, settingsFor,
  type RatingChannel, type RatingLevel,
} from '../../core/ratings/index.js';
import type { RatingTable } from '../../store/rating-tables.js';
import { findRatingByCase, insertRating, loadRatingSettings } from '../../store/repositories/rating-repository.js';
import { insertRectification } from '../../store/repositories/rectification-repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx, Trx } from '../context.js';
import { nowIso } from '../context.js';

/** What a rater says: a level, optional tags from the level's vocabulary, an optional comment. */
export interface RatingInput {
  readonly level: number;
  readonly tags?: readonly string[] | undefined;
  readonly comment?: string | undefined;
}

/** The answer of every rating channel (API.md): the rectification is there for a bad rating. */
export interface RatingOutcome {
  readonly id: string;
  readonly rectification?: { readonly id: string; readonly dueAt: string };
}

/** Checks the input before anything is read, so bad input changes nothing (400 naming each bad field). */
export function checkRatingInput(input: RatingInput): RatingLevel {
  const errors: FieldError[] = [];
  if (!isRatingLevel(input.level)) errors.push({ field: 'level', code: 'enum', params: { allowed: '1, 2, 3, 4, 5' } });
  else errors.push(...checkTags(input.level, input.tags ?? []));
  if (errors.length > 0) throw invalidFields(errors);
  return input.level as RatingLevel;
}

const utc = (instant: string) => new Date(instant).toISOString();

/** Opens the rectification of a bad rating, due after the region's number of workdays (default 15). */
async function openRectification(trx: Trx, ctx: Ctx, calendar: Calendar, rating: RatingTable): Promise<{ id: string; dueAt: string }> {
  const { settings } = settingsFor(rating.region_code, await loadRatingSettings(trx, settingLineage(rating.region_code)));
  const clock = rectificationClock(calendar, parseLocalDate(localDateOf(rating.rated_at)), settings.rectificationDays);
  const id = ctx.newId();
  await insertRectification(trx, {
    id, rating_id: rating.id, case_id: rating.case_id, department_id: rating.department_id, region_code: rating.region_code,
    status: 'open', workdays: settings.rectificationDays, opened_at: rating.rated_at, due_at: utc(clock.dueAt), yellow_at: utc(clock.yellowAt),
    callback_result: null, callback_note: null, callback_at: null, callback_by: null, measures: null, result: null,
    completed_at: null, completed_by: null, closed_at: null, updated_at: rating.rated_at,
  });
  await recordAudit(trx, ctx, {
    entity: 'rectification', entityId: id, action: 'open',
    after: { ratingId: rating.id, caseId: rating.case_id, departmentId: rating.department_id, workdays: settings.rectificationDays, dueAt: clock.dueAt },
  });
  return { id, dueAt: formatInstant(clock.dueAt) };
}

/** Refuses a case that cannot be rated now: still running (or otherwise not rateable), or rated already. */
export async function assertRateable(trx: Trx, c: Case): Promise<void> {
  if (!isRateable(c.status)) throw new DomainError('rating.not_rateable', { status: c.status });
  if (await findRatingByCase(trx, c.id)) throw new DomainError('rating.already_rated');
}

/**
 * Records the one rating of a case, from any channel, in the caller's transaction (the case row already
 * locked by the caller, so two raters cannot both pass the check). A bad rating opens its rectification.
 */
export async function recordRating(
  trx: Trx, ctx: Ctx, calendar: Calendar, c: Case, input: RatingInput, channel: RatingChannel, assistedBy: string | null,
): Promise<RatingOutcome> {
  const level = checkRatingInput(input);
  await assertRateable(trx, c);
  const row: RatingTable = {
    id: ctx.newId(), case_id: c.id, department_id: c.departmentId, region_code: c.regionCode, applicant_id: c.applicantId, level,
    tags: JSON.stringify(input.tags ?? []), comment: input.comment?.trim() || null, channel, assisted_by: assistedBy,
    rated_at: nowIso(ctx), follow_up: null, follow_up_at: null, excluded: 0,
  };
  try {
    await insertRating(trx, row);
  } catch (error) {
    if (ctx.store.dialect.isUniqueViolation(error)) throw new DomainError('rating.already_rated');
    throw error;
  }
  await recordAudit(trx, ctx, {
    entity: 'rating', entityId: row.id, action: 'rate', after: { caseId: c.id, level, tags: input.tags ?? [], channel, assistedBy },
  });
  if (!isBadRating(level)) return { id: row.id };
  return { id: row.id, rectification: await openRectification(trx, ctx, calendar, row) };
}
