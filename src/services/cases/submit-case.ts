import { randomInt } from 'node:crypto';
import { hasRole } from '../../core/accounts/actor.js';
import { parseLocalDate } from '../../core/calendar/index.js';
import type { Case, CaseMaterial } from '../../core/cases/case.js';
import { acceptanceStage } from '../../core/cases/case-clocks.js';
import { formatCaseNo, formatQueryCode } from '../../core/cases/case-number.js';
import { validateFormValues } from '../../core/catalog/form-values.js';
import { localDateOf } from '../../core/clock/index.js';
import { DomainError, invalidFields, type FieldError } from '../../core/errors.js';
import { insertCaseEvent } from '../../store/repositories/case-event-repository.js';
import { insertCase, nextCaseSequence } from '../../store/repositories/case-repository.js';
import { deleteDraft } from '../../store/repositories/draft-repository.js';
import { findUser } from '../../store/repositories/user-repository.js';
import { requireActor } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { enqueueCaseWebhooks } from '../webhooks/enqueue-webhooks.js';
import { currentCalendar } from '../calendar/calendar-source.js';
import type { Ctx } from '../context.js';
import { attachFilesToCase } from '../files/attach-files.js';
import { nowIso } from '../context.js';
import { idempotent } from '../idempotency/idempotent.js';
import { notifyApplicant } from './notify-applicant.js';
import { loadPublishedItem } from './case-item.js';

/** An application as submitted online by the applicant or at the window by a clerk. */
export interface SubmitCaseInput {
  readonly itemCode: string;
  readonly form: Readonly<Record<string, unknown>>;
  readonly materials: readonly { code: string; fileId?: string | undefined }[];
  readonly applicantId?: string | undefined;
  readonly channel?: 'online' | 'window' | undefined;
  /** 告知承诺: the applicant signs a commitment in place of the listed materials (where the item allows). */
  readonly commitment?: boolean | undefined;
  /** A saved draft this submission finishes; it is removed in the same transaction. */
  readonly draftId?: string | undefined;
}

async function whoApplies(ctx: Ctx, input: SubmitCaseInput): Promise<{ applicantId: string; channel: 'online' | 'window' }> {
  requireActor(ctx.actor);
  if (ctx.actor.kind === 'applicant') return { applicantId: ctx.actor.userId, channel: 'online' };
  // At the one-window counter a clerk files for a walk-in applicant (API.md).
  if (!hasRole(ctx.actor, 'clerk')) throw new DomainError('auth.forbidden');
  const fields: FieldError[] = [];
  if (input.channel !== 'window') fields.push({ field: 'channel', code: 'enum', params: { allowed: 'window' } });
  const applicant = input.applicantId ? await findUser(ctx.store.db, input.applicantId) : null;
  if (!applicant || applicant.kind !== 'applicant') fields.push({ field: 'applicantId', code: input.applicantId ? 'not_found' : 'required' });
  if (fields.length > 0 || !applicant) throw invalidFields(fields);
  return { applicantId: applicant.id, channel: 'window' };
}

function checkMaterials(codes: readonly string[], materials: SubmitCaseInput['materials']): FieldError[] {
  const seen = new Set<string>();
  return materials.flatMap((m, i): FieldError[] => {
    if (!codes.includes(m.code)) return [{ field: `materials[${i}].code`, code: 'not_found' }];
    if (seen.has(m.code)) return [{ field: `materials[${i}].code`, code: 'duplicate' }];
    seen.add(m.code);
    return [];
  });
}

/**
 * Files an application (DOMAIN.md §4): validates the form and materials field by field, numbers the
 * case, starts the 5-workday acceptance clock (ALL Art. 32), and answers a retry with the same
 * Idempotency-Key with the first case.
 */
export async function submitCase(ctx: Ctx, input: SubmitCaseInput, idempotencyKey?: string) {
  const { applicantId, channel } = await whoApplies(ctx, input);
  const item = await loadPublishedItem(ctx.store.db, input.itemCode);
  if (!item) throw invalidFields([{ field: 'itemCode', code: 'not_found' }]);
  const now = nowIso(ctx);
  const today = parseLocalDate(localDateOf(now));
  const fields = [
    ...validateFormValues(item.content.form, input.form, { today }),
    ...checkMaterials(item.content.materials.map((m) => m.code), input.materials),
    ...(input.commitment && !item.content.commitmentAllowed ? [{ field: 'commitment', code: 'commitment_not_allowed' as const }] : []),
  ];
  if (fields.length > 0) throw invalidFields(fields);
  const calendar = await currentCalendar(ctx);
  return idempotent(ctx, idempotencyKey, 'POST /api/v1/cases', input, async (trx) => {
    const id = ctx.newId();
    const materials: CaseMaterial[] = input.materials.map((m) => ({ code: m.code, fileId: m.fileId ?? null }));
    if (input.draftId && !(await deleteDraft(trx, applicantId, input.draftId))) throw invalidFields([{ field: 'draftId', code: 'not_found' }]);
    await attachFilesToCase(trx, ctx, applicantId, materials, id);
    // Every submission of the region that day takes the day's number row and holds it to the commit
    // (PostgreSQL), so it comes after the work that does not need the number.
    const sequence = await nextCaseSequence(trx, item.regionCode, today);
    const stage = acceptanceStage(calendar, today);
    const created: Case = {
      id, caseNo: formatCaseNo(item.regionCode, today, sequence), queryCode: formatQueryCode(randomInt(1_000_000)),
      itemCode: item.code, itemVersionId: item.id, itemName: item.content.name, departmentId: item.content.departmentId,
      regionCode: item.regionCode, applicantId, channel, submittedBy: ctx.actor?.userId ?? applicantId, status: 'submitted',
      result: null, form: input.form, materials, round: 1, noticeIssuedInRound: false, changedInRound: [], receivedAt: now,
      roundReceivedOn: today, acceptanceDueAt: stage.acceptanceDueAt ?? null, supplementDueAt: null, supplementRemindedAt: null, acceptedAt: null, acceptedOn: null,
      deemedAccepted: false, promisedDays: item.content.promisedDays, statutoryDays: item.content.statutoryDays, extensionDays: 0,
      suspendedWorkdays: 0, yellowThreshold: item.content.yellowThreshold ?? null, dueAt: null, statutoryDueAt: null,
      yellowAt: stage.yellowAt, redAt: stage.redAt, deferredMaterials: [], supplyDueAt: null, refusalReason: null,
      concludedAt: null, closedAt: null, commitment: input.commitment === true,
    };
    await insertCase(trx, created, now);
    await insertCaseEvent(trx, {
      id: ctx.newId(), caseId: id, at: now, actorId: ctx.actor?.userId ?? null, action: 'submit', statusFrom: null,
      statusTo: 'submitted', details: { channel, round: 1 },
    });
    await recordAudit(trx, ctx, { entity: 'case', entityId: id, action: 'submit', after: { caseNo: created.caseNo, itemCode: item.code, channel } });
    await enqueueCaseWebhooks(trx, ctx, { action: 'submit', statusFrom: null, after: created, at: now });
    await notifyApplicant(trx, ctx, created, 'case.submitted', {});
    return { status: 201, body: { id, caseNo: created.caseNo, queryCode: created.queryCode, status: 'submitted' as const, acceptanceDueAt: created.acceptanceDueAt } };
  });
}
