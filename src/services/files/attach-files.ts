import { invalidFields, type FieldError } from '../../core/errors.js';
import { lockFilesForAttach, setFilesCase } from '../../store/repositories/file-repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx, Trx } from '../context.js';

/** A material that may carry an uploaded file: the API's `materials[i]` and a case's material alike. */
export interface MaterialFile {
  readonly fileId?: string | null | undefined;
}

async function inspect(trx: Trx, ctx: Ctx, applicantId: string, materials: readonly MaterialFile[], caseId: string) {
  const wanted = [...new Set(materials.flatMap((m) => (m.fileId ? [m.fileId] : [])))];
  const rows = new Map((await lockFilesForAttach(trx, ctx.store.dialect, wanted)).map((row) => [row.id, row]));
  const fields: FieldError[] = [];
  materials.forEach(({ fileId }, i) => {
    if (!fileId) return;
    const row = rows.get(fileId);
    const field = `materials[${i}].fileId`;
    // Another applicant's file answers like a missing one, so its existence does not leak.
    if (!row || row.owner_id !== applicantId) fields.push({ field, code: 'not_found' });
    else if (row.case_id !== null && row.case_id !== caseId) fields.push({ field, code: 'file_in_use' });
  });
  return { fields, fresh: wanted.filter((id) => rows.get(id)?.case_id === null) };
}

/**
 * Every `materials[i].fileId` that cannot go with this case: a missing or another applicant's file
 * (`not_found`), or one attached to another case (`file_in_use`). Intake may call it first to report
 * these beside its own field errors in one 400.
 */
export async function fileProblemsForCase(
  trx: Trx, ctx: Ctx, applicantId: string, materials: readonly MaterialFile[], caseId: string,
): Promise<FieldError[]> {
  return (await inspect(trx, ctx, applicantId, materials, caseId)).fields;
}

/**
 * Attaches the materials' files to a case in the intake's transaction (submission and resubmission),
 * locking them first. Any problem (see `fileProblemsForCase`) fails with a 400 naming every bad
 * `materials[i].fileId`, and nothing is attached; attaching again to the same case is harmless.
 */
export async function attachFilesToCase(
  trx: Trx, ctx: Ctx, applicantId: string, materials: readonly MaterialFile[], caseId: string,
): Promise<void> {
  const { fields, fresh } = await inspect(trx, ctx, applicantId, materials, caseId);
  if (fields.length > 0) throw invalidFields(fields);
  await setFilesCase(trx, fresh, caseId);
  for (const id of fresh) await recordAudit(trx, ctx, { entity: 'file', entityId: id, action: 'attach', after: { caseId } });
}
