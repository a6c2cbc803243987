import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  DomainError, errorMessage, fieldMessage, langFromHeader, type ErrorCode, type FieldError,
} from '../../core/errors.js';
import { fieldErrorsFromAjv } from './field-errors.js';

/** Renders a domain error in the request's language (API.md error shape). */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: DomainError) {
  const lang = langFromHeader(request.headers['accept-language']);
  const body = {
    error: {
      code: error.code,
      message: errorMessage(error.code, lang, error.params),
      ...(error.fields.length > 0 && {
        fields: error.fields.map((f: FieldError) => ({ field: f.field, message: fieldMessage(f.code, lang, f.params) })),
      }),
    },
  };
  return reply.status(error.status).type('application/json; charset=utf-8').send(body);
}

function fromFastify(error: FastifyError): DomainError | null {
  if (error.validation) return new DomainError('request.invalid', {}, fieldErrorsFromAjv(error.validation));
  const byCode: Record<string, ErrorCode> = {
    FST_ERR_CTP_BODY_TOO_LARGE: 'request.too_large',
    FST_ERR_CTP_INVALID_JSON_BODY: 'request.malformed_json',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'request.malformed_json',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'request.unsupported_media_type',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'request.malformed_json',
  };
  const code = byCode[error.code];
  if (code) return new DomainError(code);
  // Body parse failures surface as SyntaxError with a 400 status.
  if (error instanceof SyntaxError || (error.statusCode === 400 && error.code?.startsWith('FST_ERR_CTP'))) {
    return new DomainError('request.malformed_json');
  }
  if (error.statusCode === 413) return new DomainError('request.too_large');
  return null;
}

/** One error handler for the whole API: domain errors, validation, body parsing, and the unexpected. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) return sendError(request, reply, error);
    const mapped = fromFastify(error);
    if (mapped) return sendError(request, reply, mapped);
    request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, new DomainError('internal'));
  });
}
