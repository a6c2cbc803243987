import { departmentRefs, publishReasons, type ItemContent, type ItemStatus, type ItemVersion } from '../../core/catalog/index.js';
import { DomainError, type FieldError } from '../../core/errors.js';
import type { Department } from '../../core/organization/types.js';
import {
  findCatchAllCode, findItem, findPublishedVersion, findVersion, insertItem, insertVersion, rewriteDraft, setLatestVersion, setVersionStatus,
} from '../../store/repositories/item-repository.js';
import { departmentsById, staffedPairs, staffKey } from '../../store/repositories/item-staffing-repository.js';
import type { ItemRow } from '../../store/repositories/item-tables.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx, Db, Trx } from '../context.js';
import { nowIso } from '../context.js';

/**
 * The writes every catalog use case shares, each with its audit event in the caller's transaction.
 * Authorization is the caller's: these run for admins, imports and the demo seed alike.
 */

function newVersion(ctx: Ctx, content: ItemContent, department: Department, number: number, catchAll: boolean, status: ItemStatus = 'draft'): ItemVersion {
  const now = nowIso(ctx);
  return {
    id: ctx.newId(), code: content.code, version: number, status, regionCode: department.regionCode, catchAll, content,
    createdAt: now, createdBy: ctx.actor?.userId ?? null, updatedAt: now, publishedAt: null, retiredAt: status === 'retired' ? now : null, supersededBy: null,
  };
}

/** Adds a new item with its first version (a draft unless told otherwise); 409 when the code or the catch-all is taken. */
export async function addItem(
  trx: Trx, ctx: Ctx, content: ItemContent, department: Department, options: { action: string; catchAll?: boolean; status?: ItemStatus },
): Promise<ItemVersion> {
  if (await findItem(trx, content.code)) throw new DomainError('item.code_taken', {}, [{ field: 'code', code: 'invalid' }]);
  const catchAll = options.catchAll ?? false;
  if (catchAll && (await findCatchAllCode(trx, department.id))) throw new DomainError('item.catch_all_exists');
  const version = newVersion(ctx, content, department, 1, catchAll, options.status);
  try {
    await insertItem(trx, {
      code: content.code, department_id: department.id, region_code: department.regionCode,
      catch_all_department_id: catchAll ? department.id : null, latest_version: 1, created_at: version.createdAt, updated_at: version.createdAt,
    });
  } catch (error) {
    // Two admins creating the same code at once: the loser gets the same 409 as a later attempt.
    if (ctx.store.dialect.isUniqueViolation(error)) throw new DomainError('item.code_taken', {}, [{ field: 'code', code: 'invalid' }]);
    throw error;
  }
  await insertVersion(trx, version);
  await recordAudit(trx, ctx, { entity: 'item', entityId: content.code, action: options.action, after: { version: 1, status: version.status, content } });
  return version;
}

/**
 * Saves content as the item's draft: a pending draft is rewritten; when the newest version is
 * published or retired, a new draft version is made and the old one is left untouched (DOMAIN.md §3).
 */
export async function saveDraft(trx: Trx, ctx: Ctx, item: ItemRow, content: ItemContent, department: Department): Promise<{ version: ItemVersion; created: boolean }> {
  const latest = await findVersion(trx, item.code, item.latest_version);
  if (latest?.status === 'draft') {
    await rewriteDraft(trx, latest.id, content, nowIso(ctx));
    await recordAudit(trx, ctx, { entity: 'item', entityId: item.code, action: 'update_draft', before: latest.content, after: content });
    return { version: { ...latest, content, updatedAt: nowIso(ctx) }, created: false };
  }
  const version = newVersion(ctx, content, department, item.latest_version + 1, item.catch_all_department_id !== null);
  await insertVersion(trx, version);
  await setLatestVersion(trx, item.code, version.version, version.createdAt);
  await recordAudit(trx, ctx, { entity: 'item', entityId: item.code, action: 'new_version', after: { version: version.version, content } });
  return { version, created: true };
}

/** Every reason the content may not be published, with the staff table consulted for each step. */
export async function publishProblems(trx: Db, content: ItemContent): Promise<FieldError[]> {
  const ids = departmentRefs(content).map((r) => r.departmentId);
  const [pairs, departments] = await Promise.all([staffedPairs(trx, ids), departmentsById(trx, ids)]);
  return publishReasons(content, {
    isStaffed: (departmentId, role) => pairs.has(staffKey(departmentId, role)),
    departmentName: (id) => departments.get(id)?.name ?? id,
  });
}

/**
 * Publishes the item's pending draft: 422 with every reason when it fails the checks. The version
 * published before is retired, superseded by this one; it stays readable by id for its cases.
 */
export async function publishDraft(trx: Trx, ctx: Ctx, item: ItemRow, action = 'publish'): Promise<ItemVersion> {
  const draft = await findVersion(trx, item.code, item.latest_version);
  if (draft?.status !== 'draft') throw new DomainError('item.no_draft');
  const reasons = await publishProblems(trx, draft.content);
  if (reasons.length > 0) throw new DomainError('item.publish_rejected', { count: reasons.length }, reasons);
  const now = nowIso(ctx);
  const previous = await findPublishedVersion(trx, item.code);
  if (previous) await setVersionStatus(trx, previous.id, { status: 'retired', at: now, supersededBy: draft.id });
  await setVersionStatus(trx, draft.id, { status: 'published', at: now });
  await recordAudit(trx, ctx, { entity: 'item', entityId: item.code, action, after: { version: draft.version, supersededVersion: previous?.version ?? null } });
  return { ...draft, status: 'published', publishedAt: now, updatedAt: now };
}
