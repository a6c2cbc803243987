import {
  CATALOG_FORMAT, CATALOG_FORMAT_VERSION, GBT_39046_FIELDS, toNationalRecord, type CatalogFile, type NationalRecord,
} from '../../core/catalog/index.js';
import { listCurrentVersions } from '../../store/repositories/item-search-repository.js';
import { requireRole } from '../access/authorize.js';
import type { Ctx } from '../context.js';
import { nowIso } from '../context.js';
import { catalogReach } from './item-access.js';
import { namesFor } from './read-items.js';

/**
 * The catalog the admin reaches as an exchange file: each item's published version (or, when none,
 * its newest), and the departments they name. A draft pending on a published item is not exported.
 */
export async function exportCatalog(ctx: Ctx): Promise<CatalogFile> {
  requireRole(ctx.actor, 'admin');
  const versions = await listCurrentVersions(ctx.store.db, catalogReach(ctx.actor));
  const departments = await namesFor(ctx.store.db, versions);
  return {
    format: CATALOG_FORMAT,
    formatVersion: CATALOG_FORMAT_VERSION,
    exportedAt: nowIso(ctx),
    departments: [...departments.values()].map((d) => ({ id: d.id, name: d.name, regionCode: d.regionCode })).sort((a, b) => a.id.localeCompare(b.id)),
    items: versions.map((v) => ({ ...v.content, status: v.status, version: v.version, ...(v.catchAll && { catchAll: true }) })),
  };
}

/** The same items as national records (GB/T 39046 field names), with the field table that maps them. */
export async function exportNational(ctx: Ctx): Promise<{ fields: { field: string; label: string; source: string }[]; records: NationalRecord[] }> {
  requireRole(ctx.actor, 'admin');
  const versions = await listCurrentVersions(ctx.store.db, catalogReach(ctx.actor));
  const departments = await namesFor(ctx.store.db, versions);
  return {
    fields: GBT_39046_FIELDS.map(({ field, label, source }) => ({ field, label, source })),
    records: versions.map((v) => toNationalRecord({
      item: v.content, version: v.version, status: v.status, departmentName: departments.get(v.content.departmentId)?.name ?? '',
    })),
  };
}
