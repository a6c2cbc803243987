import { reachIncludes, type Reach } from '../../core/accounts/actor.js';
import { sameContent, type CatalogEntry, type CatalogFile, type ItemContent } from '../../core/catalog/index.js';
import { DomainError, invalidFields, type FieldError } from '../../core/errors.js';
import type { Department } from '../../core/organization/types.js';
import { findItem, findPublishedVersion, findVersion, lockItem } from '../../store/repositories/item-repository.js';
import { requireRole } from '../access/authorize.js';
import type { Ctx, Trx } from '../context.js';
import { inTransaction } from '../context.js';
import { catalogReach } from './item-access.js';
import { checkContent } from './item-content.js';
import { addItem, publishDraft, publishProblems, saveDraft } from './item-store.js';
import { remapEntry, resolveDepartments } from './import-departments.js';

/** What an import did, by item code. */
export interface ImportResult {
  created: string[];
  updated: string[];
  unchanged: string[];
  published: string[];
}

interface Prepared {
  readonly entry: CatalogEntry;
  readonly content: ItemContent;
  readonly department: Department;
}

const under = (at: string, errors: readonly FieldError[]): FieldError[] => errors.map((e) => ({ ...e, field: `${at}.${e.field}` }));

async function prepare(trx: Trx, file: CatalogFile, reach: Reach): Promise<Prepared[]> {
  const { mapping, errors } = await resolveDepartments(trx, file.departments, reach);
  const prepared: Prepared[] = [];
  const codes = new Set<string>();
  for (const [i, entry] of file.items.entries()) {
    const checked = await checkContent(trx, remapEntry(entry, mapping), (d) => reachIncludes(reach, d));
    errors.push(...under(`items[${i}]`, checked.errors));
    if (codes.has(entry.code)) errors.push({ field: `items[${i}].code`, code: 'invalid' });
    codes.add(entry.code);
    const existing = await findItem(trx, entry.code);
    if (existing && checked.department && existing.department_id !== checked.department.id) {
      errors.push({ field: `items[${i}].departmentId`, code: 'item_department_fixed' });
    }
    if (checked.department) prepared.push({ entry, content: checked.content, department: checked.department });
  }
  if (errors.length > 0) throw invalidFields(errors);
  return prepared;
}

async function store(trx: Trx, ctx: Ctx, { entry, content, department }: Prepared): Promise<'created' | 'updated' | 'unchanged'> {
  const existing = await lockItem(trx, ctx.store.dialect, content.code);
  if (!existing) {
    const status = entry.status === 'retired' ? 'retired' : 'draft';
    await addItem(trx, ctx, content, department, { action: 'import', catchAll: entry.catchAll ?? false, status });
    return 'created';
  }
  const current = (await findPublishedVersion(trx, content.code)) ?? (await findVersion(trx, content.code, existing.latest_version));
  if (current && sameContent(current.content, content) && (entry.status !== 'published' || current.status === 'published')) return 'unchanged';
  await saveDraft(trx, ctx, existing, content, department);
  return 'updated';
}

/**
 * Imports an exchange file in one transaction: every entry is created, or becomes a new draft of
 * its item when its content differs; entries exported as published are published when `publish`.
 * Any malformed entry (400) or failed publishing check (422, every reason) stores nothing.
 */
export async function importCatalog(ctx: Ctx, file: CatalogFile, options: { publish: boolean }): Promise<ImportResult> {
  requireRole(ctx.actor, 'admin');
  const reach = catalogReach(ctx.actor);
  return inTransaction(ctx, async (trx) => {
    const result: ImportResult = { created: [], updated: [], unchanged: [], published: [] };
    const reasons: FieldError[] = [];
    for (const [i, prepared] of (await prepare(trx, file, reach)).entries()) {
      const outcome = await store(trx, ctx, prepared);
      result[outcome].push(prepared.content.code);
      if (outcome === 'unchanged' || prepared.entry.status !== 'published' || !options.publish) continue;
      const problems = await publishProblems(trx, prepared.content);
      if (problems.length > 0) {
        reasons.push(...under(`items[${i}]`, problems));
        continue;
      }
      const item = await lockItem(trx, ctx.store.dialect, prepared.content.code);
      if (item) await publishDraft(trx, ctx, item, 'import_publish');
      result.published.push(prepared.content.code);
    }
    if (reasons.length > 0) throw new DomainError('item.import_rejected', { count: reasons.length }, reasons);
    return result;
  });
}
