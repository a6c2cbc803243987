import { DomainError } from '../../core/errors.js';
import type { CaseDraftTable } from '../../store/case-tables.js';
import { deleteDraft, findDraft, listDrafts, upsertDraft } from '../../store/repositories/draft-repository.js';
import { requireActor } from '../access/authorize.js';
import type { Ctx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';

/** An application saved unfinished: nothing is checked until it is submitted. */
export interface Draft {
  readonly id: string;
  readonly itemCode: string;
  readonly form: Readonly<Record<string, unknown>>;
  readonly materials: { code: string; fileId?: string | undefined }[];
  readonly updatedAt: string;
}

const fromRow = (row: CaseDraftTable): Draft => ({
  id: row.id, itemCode: row.item_code, form: JSON.parse(row.form) as Draft['form'],
  materials: JSON.parse(row.materials) as Draft['materials'], updatedAt: row.updated_at,
});

function requireApplicant(ctx: Ctx): string {
  requireActor(ctx.actor);
  if (ctx.actor.kind !== 'applicant') throw new DomainError('auth.forbidden');
  return ctx.actor.userId;
}

/** Saves a new draft, or replaces one of the applicant's own (another's answers 404). */
export async function saveDraft(ctx: Ctx, input: Omit<Draft, 'id' | 'updatedAt'>, id?: string): Promise<Draft> {
  const applicantId = requireApplicant(ctx);
  const now = nowIso(ctx);
  return inTransaction(ctx, async (trx) => {
    const existing = id ? await findDraft(trx, applicantId, id) : undefined;
    if (id && !existing) throw new DomainError('request.not_found');
    const row: CaseDraftTable = {
      id: id ?? ctx.newId(), applicant_id: applicantId, item_code: input.itemCode, form: JSON.stringify(input.form),
      materials: JSON.stringify(input.materials), created_at: existing?.created_at ?? now, updated_at: now,
    };
    await upsertDraft(trx, row);
    return fromRow(row);
  });
}

/** The applicant's drafts. */
export async function myDrafts(ctx: Ctx): Promise<Draft[]> {
  return (await listDrafts(ctx.store.db, requireApplicant(ctx))).map(fromRow);
}

/** One of the applicant's drafts. */
export async function getDraft(ctx: Ctx, id: string): Promise<Draft> {
  const row = await findDraft(ctx.store.db, requireApplicant(ctx), id);
  if (!row) throw new DomainError('request.not_found');
  return fromRow(row);
}

/** Discards one of the applicant's drafts. */
export async function discardDraft(ctx: Ctx, id: string): Promise<void> {
  if (!(await deleteDraft(ctx.store.db, requireApplicant(ctx), id))) throw new DomainError('request.not_found');
}
