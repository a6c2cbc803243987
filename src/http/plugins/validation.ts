import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

function createAjv(coerceTypes: boolean | 'array') {
  // allErrors: report every bad field at once (STYLE B2.5); strict off because TypeBox adds symbols.
  const ajv = new Ajv.default({ allErrors: true, coerceTypes, useDefaults: true, removeAdditional: false, strict: false });
  addFormats.default(ajv, ['date', 'date-time', 'email', 'uri']);
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
  app.setValidatorCompiler(({ schema, httpPart }) =>
    (httpPart === 'body' ? strict : coercing).compile(schema));
}
