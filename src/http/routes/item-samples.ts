import multipart from '@fastify/multipart';
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { MaterialSpecSchema } from '../../core/catalog/index.js';
import { DomainError, invalidFields } from '../../core/errors.js';
import { contentDisposition } from '../../core/files/index.js';
import {
  MATERIAL_FILE_KINDS, openMaterialFile, putMaterialFile, removeMaterialFile, type MaterialSample,
} from '../../services/catalog/material-samples.js';
import type { Deps } from '../../services/context.js';
import { filesSettingsFor } from '../../services/files/files-settings.js';
import { ctxOf } from '../request-context.js';
import { withErrors } from '../schemas/common.js';
import { binary, CodeParams } from '../schemas/items.js';

const tags = ['catalog'];
const errorRef = Type.Ref('ErrorResponse');
const PATH = '/api/v1/items/:code/materials/:materialCode/files/:kind';
const Params = Type.Object({
  code: CodeParams.properties.code, materialCode: MaterialSpecSchema.properties.code,
  kind: Type.Union(MATERIAL_FILE_KINDS.map((k) => Type.Literal(k)), { description: 'sample 示例样本 or blank_form 空白表格' }),
});
const Form = Type.Object({ file: Type.String({ format: 'binary', description: 'PDF, JPEG, PNG, OFD, DOCX or XLSX, judged by content' }) });
const Stored = Type.Object({
  url: Type.String(), materialCode: Type.String(), kind: Type.String(), name: Type.String(), mime: Type.String(),
  size: Type.Integer(), sha256: Type.String(), createdAt: Type.String(),
});

const present = (s: MaterialSample) => ({
  url: `/api/v1/items/${encodeURIComponent(s.itemCode)}/materials/${encodeURIComponent(s.materialCode)}/files/${s.kind}`,
  materialCode: s.materialCode, kind: s.kind, name: s.name, mime: s.mime, size: s.size, sha256: s.sha256, createdAt: s.createdAt,
});

/** The one `file` part, its bytes left streaming for the service; any other part is refused. */
async function readFilePart(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart()) throw new DomainError('request.unsupported_media_type');
  // One byte past the limit reaches the service, which then answers 413.
  const part = await request.file({ limits: { fileSize: maxBytes + 1, files: 1, fields: 5, fieldSize: 1024 }, throwFileSizeLimit: false });
  if (!part || part.fieldname !== 'file') throw invalidFields([{ field: 'file', code: 'required' }]);
  const extra = Object.keys(part.fields).find((name) => name !== 'file');
  if (extra !== undefined) throw invalidFields([{ field: extra, code: 'unknown_field' }]);
  return { content: part.file, fileName: part.filename };
}

/** Samples (示例样本) and blank forms (空白表格) of an item's materials: admins set them, anyone downloads them. */
export function itemSampleRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    const { maxBytes } = filesSettingsFor(deps);
    if (!app.hasContentTypeParser('multipart/form-data')) await app.register(multipart);
    // An answer given before the whole upload arrived leaves the rest unread: close the connection.
    app.addHook('onSend', async (request, reply) => {
      if (!request.raw.complete) reply.header('connection', 'close');
    });

    app.get(PATH, {
      schema: { tags, security: [], summary: "Download a material's sample or blank form (published items)", params: Params, response: withErrors({ 200: binary('application/octet-stream', 'the file, with its detected Content-Type') }) },
    }, async (request, reply) => {
      const { file, content } = await openMaterialFile(deps, request.params);
      return reply.type(file.mime).header('content-length', file.size)
        .header('content-disposition', contentDisposition(file.name, false))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'public, no-cache')
        .header('etag', `"${file.sha256}"`)
        .send(content);
    });

    app.put(PATH, {
      schema: {
        tags, summary: "Set a material's sample or blank form (admin; multipart with one `file` part)", consumes: ['multipart/form-data'],
        params: Params, body: Form, response: { ...withErrors({ 200: Stored }), 413: errorRef, 415: errorRef },
      },
      // The body schema documents the form; the bytes stream past validation to the service.
      validatorCompiler: (route) => {
        if (route.httpPart === 'body') return () => true;
        if (!app.validatorCompiler) throw new Error('item samples: no validator compiler installed');
        return app.validatorCompiler(route);
      },
    }, async (request) => present(await putMaterialFile(ctxOf(deps, request), request.params, await readFilePart(request, maxBytes))));

    app.delete(PATH, {
      schema: { tags, summary: "Remove a material's sample or blank form (admin)", params: Params, response: withErrors({ 204: Type.Null() }) },
    }, async (request, reply) => {
      await removeMaterialFile(ctxOf(deps, request), request.params);
      return reply.status(204).send(null);
    });
  };
}
