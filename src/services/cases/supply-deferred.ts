import type { CaseMaterial } from '../../core/cases/case.js';
import { invalidFields, type FieldError } from '../../core/errors.js';
import type { Ctx } from '../context.js';
import { attachFilesToCase } from '../files/attach-files.js';
import { changeCase } from './change-case.js';

/**
 * The applicant hands in materials deferred at acceptance (容缺受理, DOMAIN.md §4). Only materials still
 * owed may be handed in; when none is owed any more, the supply period's clock is cleared.
 */
export function supplyDeferred(ctx: Ctx, caseId: string, materials: readonly { code: string; fileId?: string | undefined }[]) {
  return changeCase(ctx, caseId, 'supplyDeferred', { applicant: true }, (current) => {
    const fields: FieldError[] = materials.flatMap((m, i) =>
      current.deferredMaterials.includes(m.code) ? [] : [{ field: `materials[${i}].code`, code: 'not_deferred' as const }]);
    if (fields.length > 0) throw invalidFields(fields);
    const incoming: CaseMaterial[] = materials.map((m) => ({ code: m.code, fileId: m.fileId ?? null }));
    const owed = current.deferredMaterials.filter((code) => !incoming.some((m) => m.code === code));
    return {
      next: {
        ...current, deferredMaterials: owed, supplyDueAt: owed.length > 0 ? current.supplyDueAt : null,
        materials: [...current.materials.filter((m) => !incoming.some((n) => n.code === m.code)), ...incoming],
      },
      details: { supplied: incoming.map((m) => m.code), stillOwed: owed },
      also: (trx) => attachFilesToCase(trx, ctx, current.applicantId, incoming, caseId),
    };
  });
}
