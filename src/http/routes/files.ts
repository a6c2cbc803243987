import multipart from '@fastify/multipart';
import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { DomainError, invalidFields } from '../../core/errors.js';
import { contentDisposition, isPreviewable, type StoredFile } from '../../core/files/index.js';
import { requireActor } from '../../services/access/authorize.js';
import type { Deps } from '../../services/context.js';
import { filesSettingsFor } from '../../services/files/files-settings.js';
import { getFile, openFileContent } from '../../services/files/read-file.js';
import { uploadFile, type UploadInput } from '../../services/files/upload-file.js';
import { withErrors } from '../schemas/common.js';
import { FileContent, FileMeta, FileParams, UploadForm } from '../schemas/files.js';
import { ctxOf } from '../request-context.js';

const tags = ['files'];
const TEXT_FIELDS = ['materialCode', 'applicantId'] as const;
const errorRef = Type.Ref('ErrorResponse');

const presentFile = (file: StoredFile) => ({
  id: file.id, name: file.name, mime: file.mime, size: file.size, sha256: file.sha256,
  materialCode: file.materialCode, caseId: file.caseId, createdAt: file.createdAt,
});

/** The one file part and the text fields sent before it; the bytes are left streaming for the service. */
async function readUpload(request: FastifyRequest, maxBytes: number): Promise<UploadInput> {
  if (!request.isMultipart()) throw new DomainError('request.unsupported_media_type');
  // One byte past the limit reaches the service, which then answers 413; busboy drops the rest.
  const part = await request.file({ limits: { fileSize: maxBytes + 1, files: 1, fields: 10, fieldSize: 1024 }, throwFileSizeLimit: false });
  if (!part || part.fieldname !== 'file') throw invalidFields([{ field: 'file', code: 'required' }]);
  const text: Partial<Record<(typeof TEXT_FIELDS)[number], string>> = {};
  for (const [name, value] of Object.entries(part.fields)) {
    if (value === part) continue;
    const field = TEXT_FIELDS.find((known) => known === name);
    if (!field || Array.isArray(value) || !value || value.type !== 'field') throw invalidFields([{ field: name, code: 'unknown_field' }]);
    text[field] = String(value.value);
  }
  return { content: part.file, fileName: part.filename, ...text };
}

/** Uploads of application materials, their metadata, and their bytes for preview or download. */
export function filesRoutes(deps: Deps): FastifyPluginAsyncTypebox {
  return async (app) => {
    // Read at registration, so a bad TONGBAN_* file setting stops startup.
    const { maxBytes } = filesSettingsFor(deps);
    if (!app.hasContentTypeParser('multipart/form-data')) await app.register(multipart);
    // An answer given before the whole upload arrived (413, 415, 401…) leaves the rest unread: close
    // the connection, so that a client does not send its next request into it.
    app.addHook('onSend', async (request, reply) => {
      if (!request.raw.complete) reply.header('connection', 'close');
    });

    app.post('/api/v1/files', {
      schema: {
        tags, summary: 'Upload one material (multipart: text fields first, then `file`)', consumes: ['multipart/form-data'],
        body: UploadForm, response: { ...withErrors({ 201: FileMeta }), 413: errorRef, 415: errorRef },
      },
      // The body schema documents the form; the bytes stream past validation to the service.
      validatorCompiler: () => () => true,
    }, async (request, reply) => {
      requireActor(request.actor);
      const file = await uploadFile(ctxOf(deps, request), await readUpload(request, maxBytes));
      return reply.status(201).send(presentFile(file));
    });

    app.get('/api/v1/files/:id', {
      schema: { tags, summary: "A material's metadata (its applicant, staff in scope)", params: FileParams, response: withErrors({ 200: FileMeta }) },
    }, async (request) => presentFile(await getFile(ctxOf(deps, request), request.params.id)));

    app.get('/api/v1/files/:id/content', {
      schema: { tags, summary: "A material's bytes: images and PDF inline for preview, the rest as a download", params: FileParams, response: withErrors({ 200: FileContent }) },
    }, async (request, reply) => {
      const { file, content } = await openFileContent(ctxOf(deps, request), request.params.id);
      return reply
        .type(file.mime)
        .header('content-length', file.size)
        .header('content-disposition', contentDisposition(file.name, isPreviewable(file.mime)))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('etag', `"${file.sha256}"`)
        .send(content);
    });
  };
}
