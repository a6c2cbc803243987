import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { isAcceptablePassword } from '../../core/accounts/password-policy.js';
import { isValidCreditCode, isValidIdNumber, isValidMobile } from '../../core/identity/index.js';

/** Formats backed by the core's checks, so schema validation reports them beside every other field. */
export const DOMAIN_FORMATS = {
  'id-number': (value: string) => isValidIdNumber(value),
  'credit-code': (value: string) => isValidCreditCode(value),
  'mobile': (value: string) => isValidMobile(value),
  'password': (value: string) => isAcceptablePassword(value),
} as const;

function createAjv(coerceTypes: boolean | 'array') {
  // allErrors: report every bad field at once (STYLE B2.5); strict off because TypeBox adds symbols.
  const ajv = new Ajv.default({ allErrors: true, coerceTypes, useDefaults: true, removeAdditional: false, strict: false });
  addFormats.default(ajv, ['date', 'date-time', 'email', 'uri']);
  for (const [name, validate] of Object.entries(DOMAIN_FORMATS)) ajv.addFormat(name, { type: 'string', validate });
  ajv.addSchema({ $id: 'ErrorResponse', type: 'object' });
  return ajv;
}

/**
 * Bodies are checked strictly ("5" is no number); query strings and params, which arrive as
 * text, are coerced to the types their schemas declare.
 */
export function installValidation(app: FastifyInstance): void {
  const strict = createAjv(false);
  const coercing = createAjv('array');
  // `Content-Type: application/json` with nothing after it is an absent body, not malformed JSON.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) =>
    (body === '' ? done(null, undefined) : parseJson(request, body.toString(), done)));
  app.setValidatorCompiler(({ schema, httpPart }) => {
    if (httpPart !== 'body') return coercing.compile(schema);
    const validate = strict.compile(schema);
    if (!acceptsEmptyObject(schema)) return validate;
    // A POST without a body (e.g. `resume`, `claim`) to a route whose fields are all optional is the empty object.
    // Fastify reads a failure's reasons from the function's own `errors`, so they are handed on from `validate`.
    const withEmptyBody = Object.assign((data: unknown) => {
      const absent = data === null || data === undefined;
      const valid = validate(absent ? {} : data);
      withEmptyBody.errors = validate.errors;
      return valid && absent ? { value: {} } : valid;
    }, { errors: null as typeof validate.errors });
    return withEmptyBody;
  });
}

function acceptsEmptyObject(schema: unknown): boolean {
  const s = schema as { type?: unknown; required?: unknown[] };
  return s.type === 'object' && (s.required === undefined || s.required.length === 0);
}
