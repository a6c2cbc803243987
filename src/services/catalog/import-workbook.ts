import { CatalogFileSchema, type CatalogFile } from '../../core/catalog/index.js';
import { invalidFields } from '../../core/errors.js';
import { requireRole } from '../access/authorize.js';
import type { Ctx } from '../context.js';
import { schemaErrors } from './file-errors.js';
import { importCatalog, type ImportResult } from './import-catalog.js';
import { readWorkbook } from './read-workbook.js';

/** Imports an .xlsx catalog (base64): read, checked field by field like a JSON file, then imported alike. */
export async function importWorkbook(ctx: Ctx, base64: string, options: { publish: boolean }): Promise<ImportResult> {
  requireRole(ctx.actor, 'admin');
  const file = await readWorkbook(Buffer.from(base64, 'base64'));
  const errors = schemaErrors(CatalogFileSchema, file);
  if (errors.length > 0) throw invalidFields(errors);
  return importCatalog(ctx, file as CatalogFile, options);
}
