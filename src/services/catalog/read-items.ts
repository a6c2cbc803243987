import { departmentRefs, type ItemVersion } from '../../core/catalog/index.js';
import { hasRole, reachIncludes } from '../../core/accounts/actor.js';
import { DomainError } from '../../core/errors.js';
import type { Department } from '../../core/organization/types.js';
import { findRegion } from '../../store/repositories/region-repository.js';
import { findPublishedVersion, findVersionById } from '../../store/repositories/item-repository.js';
import { searchPublished, type GuideFilter } from '../../store/repositories/item-search-repository.js';
import { departmentsById } from '../../store/repositories/item-staffing-repository.js';
import { listMaterialSamples, type MaterialSample } from '../../store/repositories/material-sample-repository.js';
import type { Ctx, Db, Deps } from '../context.js';
import { catalogReach } from './item-access.js';

/** A version with the names of the departments it refers to, for presenting. */
export interface NamedVersion {
  readonly version: ItemVersion;
  readonly departments: ReadonlyMap<string, Department>;
  readonly regionName: string | null;
  /** The samples and blank forms of its materials (guides only). */
  readonly materialFiles?: readonly MaterialSample[];
}

/** Names every department the versions refer to. */
export async function namesFor(db: Db, versions: readonly ItemVersion[]): Promise<Map<string, Department>> {
  return departmentsById(db, versions.flatMap((v) => departmentRefs(v.content).map((r) => r.departmentId)));
}

/** A version with its department and region names. */
export async function withNames(db: Db, version: ItemVersion): Promise<NamedVersion> {
  const region = await findRegion(db, version.regionCode);
  return { version, departments: await namesFor(db, [version]), regionName: region?.name ?? null };
}

/** Published items for the public search (办事指南), with the total before paging. Anyone may ask. */
export async function searchGuides(deps: Deps, filter: GuideFilter): Promise<{ versions: ItemVersion[]; total: number; departments: Map<string, Department> }> {
  const { versions, total } = await searchPublished(deps.store.db, filter);
  return { versions, total, departments: await namesFor(deps.store.db, versions) };
}

/** The published version of an item: its public guide (404 when nothing is published). */
export async function findGuide(deps: Deps, code: string): Promise<NamedVersion> {
  const version = await findPublishedVersion(deps.store.db, code);
  if (!version) throw new DomainError('request.not_found');
  return { ...await withNames(deps.store.db, version), materialFiles: await listMaterialSamples(deps.store.db, code) };
}

/**
 * One version by id, as a case refers to it. Published and retired versions were public guides and
 * stay readable by anyone; a draft is shown only to an admin who reaches it (404 otherwise).
 */
export async function readVersionById(ctx: Ctx, id: string): Promise<NamedVersion> {
  const version = await findVersionById(ctx.store.db, id);
  if (!version) throw new DomainError('request.not_found');
  const result = await withNames(ctx.store.db, version);
  if (version.status !== 'draft') return result;
  const department = result.departments.get(version.content.departmentId);
  const canSee = ctx.actor !== null && hasRole(ctx.actor, 'admin') && department !== undefined && reachIncludes(catalogReach(ctx.actor), department);
  if (!canSee) throw new DomainError('request.not_found');
  return result;
}
