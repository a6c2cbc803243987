/**
 * 事后补签 (sign later, DOMAIN.md §6): a decision a backup took on the decide step for an absent principal
 * (AB岗) waits for the principal's own signature, and stays listed until signed. A withdrawn decision owes
 * nothing any more (its signature is voided). docs/workflow.md, "Suspension, extension and signing later".
 */
import type { Step } from '../../core/catalog/item-schema.js';
import { caseReach, caseWithinReach } from '../../core/cases/access.js';
import { DomainError } from '../../core/errors.js';
import type { OperationKind, Task, WorkflowActor, WorkflowResult } from '../../core/workflow/index.js';
import { insertCaseEvent } from '../../store/repositories/case-event-repository.js';
import { selectCaseWithPath } from '../../store/repositories/case-repository.js';
import {
  findSignatureRow, findSignatureTarget, insertSignature, listSignatureRows, markSigned, voidSignatures, type SignatureListRow,
} from '../../store/repositories/signature-repository.js';
import { requireActor } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';

export const SIGNATURE_STATUSES = ['pending', 'signed'] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

/** What a task operation did, as far as signatures care. */
export interface SignedOperation {
  readonly caseId: string;
  readonly task: Task;
  readonly step: Step | undefined;
  readonly operation: OperationKind;
  readonly actor: WorkflowActor;
  readonly result: WorkflowResult;
  readonly now: string;
}

/**
 * After a task operation, in its transaction: a grant or denial on a decide step taken on behalf of an absent
 * principal opens a signature for them; a withdraw voids the signatures of the decisions it cancelled.
 * Only decisions are signed later: other steps' votes are advice to the decider, and a return decides nothing.
 */
export async function recordSignatureDuty(trx: Trx, ctx: Ctx, op: SignedOperation): Promise<void> {
  if (op.operation === 'withdraw') {
    const voided = await voidSignatures(trx, op.result.update.filter((t) => t.status === 'cancelled').map((t) => t.id));
    for (const id of voided) await recordAudit(trx, ctx, { entity: 'signature', entityId: id, action: 'signature.void', after: { status: 'void' } });
    return;
  }
  const principal = op.actor.onBehalfOf;
  if (!principal || op.step?.kind !== 'decide' || (op.operation !== 'approve' && op.operation !== 'deny')) return;
  const id = ctx.newId();
  await insertSignature(trx, {
    id, case_id: op.caseId, task_id: op.task.id, step_key: op.task.stepKey, decision: op.operation, principal_id: principal.userId,
    acted_by: op.actor.userId, acted_at: op.now, status: 'pending', signed_at: null, opinion: null,
  });
  await recordAudit(trx, ctx, {
    entity: 'signature', entityId: id, action: 'signature.open',
    after: { caseId: op.caseId, taskId: op.task.id, decision: op.operation, principalId: principal.userId, actedBy: op.actor.userId },
  });
}

/** Signatures I owe, and, for a supervisor, those owed on cases in their reach. */
export async function listSignatures(ctx: Ctx, status: SignatureStatus): Promise<SignatureListRow[]> {
  requireActor(ctx.actor);
  if (ctx.actor.kind !== 'staff') throw new DomainError('auth.forbidden');
  return listSignatureRows(ctx.store.db, { principalId: ctx.actor.userId, reach: caseReach(ctx.actor, ['supervisor']), status });
}

/**
 * The principal signs (audited, and on the case's timeline). Anyone else who can see the signature (a
 * supervisor in reach, the backup who acted) gets 403; others 404.
 */
export async function signSignature(ctx: Ctx, id: string, opinion: string | undefined): Promise<SignatureListRow> {
  requireActor(ctx.actor);
  const actor = ctx.actor;
  if (actor.kind !== 'staff') throw new DomainError('request.not_found');
  await inTransaction(ctx, async (trx) => {
    const target = await findSignatureTarget(trx, id);
    if (!target) throw new DomainError('request.not_found');
    if (target.principal_id !== actor.userId) {
      const visible = target.acted_by === actor.userId || caseWithinReach(caseReach(actor, ['supervisor']), {
        applicantId: target.applicant_id, regionCode: target.region_code, departmentPath: target.department_path,
      });
      throw new DomainError(visible ? 'auth.forbidden' : 'request.not_found');
    }
    if (target.status === 'signed') throw new DomainError('signature.already_signed');
    // The case row is locked so that the timeline event is numbered after the case's last.
    const locked = await ctx.store.dialect.forUpdate(selectCaseWithPath(trx).where('cases.id', '=', target.case_id), 'cases').executeTakeFirstOrThrow();
    const now = nowIso(ctx);
    const text = opinion?.trim() || null;
    if (!(await markSigned(trx, id, now, text))) throw new DomainError('request.conflict');
    await insertCaseEvent(trx, {
      id: ctx.newId(), caseId: target.case_id, at: now, actorId: actor.userId, action: 'signature.sign', statusFrom: locked.status, statusTo: locked.status,
      details: { signatureId: id, taskId: target.task_id, stepKey: target.step_key, decision: target.decision },
    });
    await recordAudit(trx, ctx, { entity: 'signature', entityId: id, action: 'signature.sign', before: { status: 'pending' }, after: { status: 'signed', opinion: text } });
  });
  const row = await findSignatureRow(ctx.store.db, id);
  if (!row) throw new DomainError('internal');
  return row;
}
