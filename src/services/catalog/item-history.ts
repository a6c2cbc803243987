import { diffContents, type ItemChange, type ItemVersion } from '../../core/catalog/index.js';
import { DomainError } from '../../core/errors.js';
import { findVersion, listVersions } from '../../store/repositories/item-repository.js';
import { listManaged, type ManagedFilter, type ManagedItem } from '../../store/repositories/item-search-repository.js';
import { requireRole } from '../access/authorize.js';
import type { Ctx } from '../context.js';
import { catalogReach, manageItem } from './item-access.js';
import { withNames, type NamedVersion } from './read-items.js';

/** Every item the admin reaches, whatever its status, filtered and paged (the admin list). */
export async function listManagedItems(
  ctx: Ctx, filter: Omit<ManagedFilter, 'limit' | 'offset'> & { limit?: number | undefined; offset?: number | undefined },
): Promise<{ items: ManagedItem[]; total: number }> {
  requireRole(ctx.actor, 'admin');
  return listManaged(ctx.store.db, catalogReach(ctx.actor), { ...filter, limit: filter.limit ?? 50, offset: filter.offset ?? 0 });
}

/** The version history of an item, oldest first. */
export async function listItemVersions(ctx: Ctx, code: string): Promise<ItemVersion[]> {
  await manageItem(ctx.store.db, ctx, code);
  return listVersions(ctx.store.db, code);
}

async function versionOf(ctx: Ctx, code: string, number: number): Promise<ItemVersion> {
  const version = await findVersion(ctx.store.db, code, number);
  if (!version) throw new DomainError('request.not_found');
  return version;
}

/** One version of an item by number, drafts included (admin). */
export async function readItemVersion(ctx: Ctx, code: string, number: number): Promise<NamedVersion> {
  await manageItem(ctx.store.db, ctx, code);
  return withNames(ctx.store.db, await versionOf(ctx, code, number));
}

/** The field-level changes from one version of an item to another. */
export async function diffItemVersions(ctx: Ctx, code: string, from: number, to: number): Promise<ItemChange[]> {
  await manageItem(ctx.store.db, ctx, code);
  const [before, after] = await Promise.all([versionOf(ctx, code, from), versionOf(ctx, code, to)]);
  return diffContents(before.content, after.content);
}
