import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { exportCatalog, exportNational } from '../../services/catalog/export-catalog.js';
import { importCatalog } from '../../services/catalog/import-catalog.js';
import { importWorkbook } from '../../services/catalog/import-workbook.js';
import { writeWorkbook } from '../../services/catalog/write-workbook.js';
import type { Deps } from '../../services/context.js';
import { ctxOf } from '../request-context.js';
import { withErrors } from '../schemas/common.js';
import { binary, CatalogFile, ImportQuery, ImportResult, ImportWorkbook, NationalExport, Rejection } from '../schemas/items.js';

const tags = ['catalog'];
// A whole catalog can outgrow the API's 1 MiB default; imports get room for a few thousand items.
const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Export and import of the catalog: JSON, Excel, and national (GB/T 39046) records (admin). */
export function catalogExchangeRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/api/v1/catalog/export', {
      schema: { tags, summary: 'The catalog I manage as a JSON exchange file (admin)', response: withErrors({ 200: CatalogFile }) },
    }, async (request) => exportCatalog(ctxOf(deps, request)));

    app.get('/api/v1/catalog/export.xlsx', {
      schema: { tags, summary: 'The catalog I manage as an Excel workbook (admin)', response: withErrors({ 200: binary(XLSX, 'the workbook (layout in docs/catalog.md)') }) },
    }, async (request, reply) => {
      const workbook = await writeWorkbook(await exportCatalog(ctxOf(deps, request)));
      return reply.type(XLSX).header('content-disposition', 'attachment; filename="catalog.xlsx"').send(workbook);
    });

    app.get('/api/v1/catalog/export/gbt-39046', {
      schema: { tags, summary: 'The catalog I manage as national records (GB/T 39046 field names), with the mapping (admin)', response: withErrors({ 200: NationalExport }) },
    }, async (request) => exportNational(ctxOf(deps, request)));

    app.post('/api/v1/catalog/import', {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags, summary: 'Import a JSON exchange file: all or nothing (admin)', querystring: ImportQuery, body: CatalogFile,
        response: { ...withErrors({ 200: ImportResult }), 422: Rejection },
      },
    }, async (request) => importCatalog(ctxOf(deps, request), request.body, { publish: request.query.publish ?? true }));

    app.post('/api/v1/catalog/import.xlsx', {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags, summary: 'Import an Excel workbook in the export layout, sent as base64: all or nothing (admin)', querystring: ImportQuery,
        body: ImportWorkbook, response: { ...withErrors({ 200: ImportResult }), 422: Rejection },
      },
    }, async (request) => importWorkbook(ctxOf(deps, request), request.body.file, { publish: request.query.publish ?? true }));
  };
}
