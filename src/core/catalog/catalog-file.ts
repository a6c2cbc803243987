import { Type, type Static } from '@sinclair/typebox';
import { ItemInputSchema } from './item-schema.js';
import { ITEM_STATUSES } from './vocabulary.js';

/**
 * The exchange file of a catalog (JSON; the Excel workbook carries the same content). Items refer to
 * departments by id; the `departments` table names them, so a file imported into another database
 * finds its departments by name there (docs/catalog.md).
 */
export const CATALOG_FORMAT = 'tongban-catalog';
export const CATALOG_FORMAT_VERSION = 1;

export const CatalogDepartmentSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  name: Type.String({ minLength: 1, maxLength: 60 }),
  regionCode: Type.String({ pattern: '^\\d{6}(\\d{3})?$' }),
}, { additionalProperties: false });

/** One item of the file: its content, and the status and version it had where it was exported. */
export const CatalogEntrySchema = Type.Object({
  ...ItemInputSchema.properties,
  status: Type.Union(ITEM_STATUSES.map((s) => Type.Literal(s))),
  version: Type.Optional(Type.Integer({ minimum: 1 })),
  catchAll: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

export const CatalogFileSchema = Type.Object({
  format: Type.Literal(CATALOG_FORMAT),
  formatVersion: Type.Literal(CATALOG_FORMAT_VERSION),
  exportedAt: Type.Optional(Type.String({ maxLength: 40 })),
  departments: Type.Array(CatalogDepartmentSchema, { maxItems: 2000 }),
  items: Type.Array(CatalogEntrySchema, { maxItems: 2000 }),
}, { additionalProperties: false });

export type CatalogDepartment = Static<typeof CatalogDepartmentSchema>;
export type CatalogEntry = Static<typeof CatalogEntrySchema>;
export type CatalogFile = Static<typeof CatalogFileSchema>;
