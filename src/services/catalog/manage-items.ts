import type { ItemInput } from '../../core/catalog/index.js';
import { reachIncludes } from '../../core/accounts/actor.js';
import { DomainError, invalidFields } from '../../core/errors.js';
import { findPublishedVersion, setVersionStatus } from '../../store/repositories/item-repository.js';
import { requireRole } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { catalogReach, manageItem } from './item-access.js';
import { checkContent, requireContent } from './item-content.js';
import { addItem, publishDraft, saveDraft } from './item-store.js';
import { withNames, type NamedVersion } from './read-items.js';

/** Creates an item (version 1, a draft) for a department the admin reaches. */
export async function createItem(ctx: Ctx, input: ItemInput): Promise<NamedVersion> {
  requireRole(ctx.actor, 'admin');
  const reach = catalogReach(ctx.actor);
  return inTransaction(ctx, async (trx) => {
    const { content, department } = await requireContent(trx, input, (d) => reachIncludes(reach, d));
    return withNames(trx, await addItem(trx, ctx, content, department, { action: 'create' }));
  });
}

/**
 * Replaces an item's content. A pending draft is edited in place; a published (or retired) newest
 * version is never edited: the change becomes a new draft version (`created`).
 */
export async function updateItem(ctx: Ctx, code: string, input: ItemInput): Promise<{ named: NamedVersion; created: boolean }> {
  requireRole(ctx.actor, 'admin');
  const reach = catalogReach(ctx.actor);
  return inTransaction(ctx, async (trx) => {
    const { item, department } = await manageItem(trx, ctx, code, { lock: true });
    const fixed = [
      ...(input.code === code ? [] : [{ field: 'code', code: 'invalid' as const }]),
      // The implementing department is the item's identity for authorization and for its cases' routing.
      ...(input.departmentId === item.department_id ? [] : [{ field: 'departmentId', code: 'item_department_fixed' as const }]),
    ];
    const checked = await checkContent(trx, input, (d) => reachIncludes(reach, d));
    if (fixed.length > 0 || checked.errors.length > 0) throw invalidFields([...fixed, ...checked.errors]);
    const { version, created } = await saveDraft(trx, ctx, item, checked.content, department);
    return { named: await withNames(trx, version), created };
  });
}

/** Publishes the pending draft after the publishing checks (422 with every reason). */
export async function publishItem(ctx: Ctx, code: string): Promise<NamedVersion> {
  return inTransaction(ctx, async (trx) => {
    const { item } = await manageItem(trx, ctx, code, { lock: true });
    return withNames(trx, await publishDraft(trx, ctx, item));
  });
}

/** Withdraws the published version: the guide disappears and no new case can use the item. */
export async function retireItem(ctx: Ctx, code: string): Promise<NamedVersion> {
  return inTransaction(ctx, async (trx) => {
    await manageItem(trx, ctx, code, { lock: true });
    const published = await findPublishedVersion(trx, code);
    if (!published) throw new DomainError('item.not_published');
    const now = nowIso(ctx);
    await setVersionStatus(trx, published.id, { status: 'retired', at: now });
    await recordAudit(trx, ctx, { entity: 'item', entityId: code, action: 'retire', after: { version: published.version } });
    return withNames(trx, { ...published, status: 'retired', retiredAt: now, updatedAt: now });
  });
}
