import { formatInstant, levelAt, type WarningLevel } from '../../core/clock/index.js';
import type { CallbackResult, RatingChannel, RatingLevel, RectificationStatus } from '../../core/ratings/index.js';
import type { RatingAppealRow, RatingRow, RectificationRow } from '../../store/rating-tables.js';

const at = (instant: string | null) => (instant === null ? null : formatInstant(instant));

function presentAppeal(appeal: Pick<RatingAppealRow, 'id' | 'status' | 'reason' | 'opinion'>) {
  return { id: appeal.id, status: appeal.status, reason: appeal.reason, opinion: appeal.opinion };
}

function presentRectificationState(r: RectificationRow) {
  return {
    id: r.id, status: r.status, dueAt: formatInstant(r.due_at), callbackAt: at(r.callback_at), measures: r.measures, result: r.result,
    completedAt: at(r.completed_at),
  };
}

/** A rating on its case page: the appeal only for staff (`appeal` absent for the applicant). */
export function presentRating(view: { rating: RatingRow; rectification: RectificationRow | undefined; appeal: RatingAppealRow | undefined }, staff: boolean) {
  const { rating, rectification, appeal } = view;
  return {
    id: rating.id, level: Number(rating.level) as RatingLevel, tags: JSON.parse(rating.tags) as string[], comment: rating.comment,
    channel: rating.channel as RatingChannel, ratedAt: formatInstant(rating.rated_at), followUp: rating.follow_up, followUpAt: at(rating.follow_up_at),
    excluded: Number(rating.excluded) === 1, rectification: rectification ? presentRectificationState(rectification) : null,
    ...(staff && { appeal: appeal ? presentAppeal(appeal) : null }),
  };
}

/** A row of the rectification list, as the repository joins it. */
export interface RectificationListRow extends RectificationRow {
  department_name: string;
  level: number;
  tags: string;
  comment: string | null;
  follow_up: string | null;
  channel: string;
  excluded: number;
  case_no: string;
  item_name: string;
  appeal_id: string | null;
  appeal_status: RatingAppealRow['status'] | null;
  appeal_reason: string | null;
  appeal_opinion: string | null;
}

/** A rectification in the staff list, with its warning derived from the stored instants (open ones only). */
export function presentRectification(r: RectificationListRow, now: string) {
  const warning: WarningLevel = r.status === 'open' ? levelAt(now, { yellowAt: r.yellow_at, dueAt: r.due_at }) : 'none';
  return {
    id: r.id, ratingId: r.rating_id, caseId: r.case_id, caseNo: r.case_no, itemName: r.item_name, departmentId: r.department_id,
    departmentName: r.department_name, status: r.status as RectificationStatus, warning, workdays: Number(r.workdays), openedAt: formatInstant(r.opened_at),
    dueAt: formatInstant(r.due_at), level: Number(r.level) as RatingLevel, tags: JSON.parse(r.tags) as string[], comment: r.comment,
    followUp: r.follow_up, channel: r.channel, excluded: Number(r.excluded) === 1, callbackResult: r.callback_result as CallbackResult | null,
    callbackNote: r.callback_note, callbackAt: at(r.callback_at), measures: r.measures, result: r.result, completedAt: at(r.completed_at),
    appeal: r.appeal_id && r.appeal_status && r.appeal_reason !== null
      ? presentAppeal({ id: r.appeal_id, status: r.appeal_status, reason: r.appeal_reason, opinion: r.appeal_opinion }) : null,
  };
}
