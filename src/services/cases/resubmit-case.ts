import { parseLocalDate } from '../../core/calendar/index.js';
import type { CaseMaterial } from '../../core/cases/case.js';
import { acceptanceStage } from '../../core/cases/case-clocks.js';
import { changedMaterials } from '../../core/cases/correction-notice.js';
import { localDateOf } from '../../core/clock/index.js';
import { invalidFields } from '../../core/errors.js';
import type { Ctx } from '../context.js';
import { attachFilesToCase } from '../files/attach-files.js';
import { loadItemVersion } from './case-item.js';
import { changeCase } from './change-case.js';

/**
 * The applicant supplements after a correction notice: a new round starts with a new 5-workday
 * acceptance clock from the day of resubmission (DOMAIN.md §4), and the changed materials are noted
 * because a further notice may name only those.
 */
export function resubmitCase(ctx: Ctx, caseId: string, materials: readonly { code: string; fileId?: string | undefined }[]) {
  return changeCase(ctx, caseId, 'resubmit', { applicant: true }, async (current, calendar, now, trx) => {
    const item = await loadItemVersion(trx, current.itemVersionId);
    const codes = item.content.materials.map((m) => m.code);
    const bad = materials.flatMap((m, i) => (codes.includes(m.code) ? [] : [{ field: `materials[${i}].code`, code: 'not_found' as const }]));
    if (bad.length > 0) throw invalidFields(bad);
    const incoming: CaseMaterial[] = materials.map((m) => ({ code: m.code, fileId: m.fileId ?? null }));
    const merged = [...current.materials.filter((m) => !incoming.some((n) => n.code === m.code)), ...incoming];
    const changed = changedMaterials(current.materials, incoming);
    const today = parseLocalDate(localDateOf(now));
    const stage = acceptanceStage(calendar, today);
    return {
      next: {
        ...current, materials: merged, round: current.round + 1, noticeIssuedInRound: false, changedInRound: changed,
        roundReceivedOn: today, supplementDueAt: null, supplementRemindedAt: null, acceptanceDueAt: stage.acceptanceDueAt ?? null, yellowAt: stage.yellowAt, redAt: stage.redAt,
      },
      details: { round: current.round + 1, changed },
      also: () => attachFilesToCase(trx, ctx, current.applicantId, incoming, caseId),
    };
  });
}
