/**
 * The one-time correction notice (一次性告知, DOMAIN.md §4; 行政许可法 第三十二条 (四)): one notice lists
 * every problem of a submission round; a second notice in the same round is refused; after a
 * resubmission a new notice may name only materials the resubmission changed or added.
 */
import { DomainError, invalidFields, type FieldError } from '../errors.js';

/** One problem with one material, as the clerk writes it. */
export interface CorrectionProblem {
  readonly materialCode: string;
  readonly problem: string;
}

/** What the rule needs to know about the case's current round. */
export interface NoticeRound {
  readonly round: number;
  readonly noticeIssuedInRound: boolean;
  /** Codes of the item's materials. */
  readonly materialCodes: readonly string[];
  /** Codes the last resubmission changed or added (empty in round 1). */
  readonly changedInRound: readonly string[];
}

/** Checks a notice; throws with every bad problem at once. */
export function checkCorrectionNotice(round: NoticeRound, problems: readonly CorrectionProblem[]): void {
  if (round.noticeIssuedInRound) throw new DomainError('case.notice_already_issued');
  const fields: FieldError[] = [];
  const seen = new Set<string>();
  problems.forEach((p, i) => {
    if (!round.materialCodes.includes(p.materialCode)) fields.push({ field: `problems[${i}].materialCode`, code: 'not_found' });
    else if (round.round > 1 && !round.changedInRound.includes(p.materialCode)) {
      fields.push({ field: `problems[${i}].materialCode`, code: 'material_unchanged' });
    } else if (seen.has(p.materialCode)) fields.push({ field: `problems[${i}].materialCode`, code: 'duplicate' });
    seen.add(p.materialCode);
  });
  if (fields.length > 0) throw invalidFields(fields);
}

/**
 * The codes a resubmission changed or added: a material not handed in before, a new file, or a paper
 * material (no file) handed in again. A material re-listed with the same file is unchanged.
 */
export function changedMaterials(
  before: readonly { code: string; fileId: string | null }[], resubmitted: readonly { code: string; fileId: string | null }[],
): string[] {
  const previous = new Map(before.map((m) => [m.code, m.fileId]));
  return resubmitted.filter((m) => !previous.has(m.code) || m.fileId === null || previous.get(m.code) !== m.fileId).map((m) => m.code);
}
