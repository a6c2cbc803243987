import type { FieldError, FieldMessageCode } from '../../core/errors.js';

interface AjvError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
}

function toPath(pointer: string, prefix: string): string {
  const parts = pointer.split('/').filter(Boolean).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const path = parts.reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
  return prefix && path ? `${prefix}.${path}` : prefix || path;
}

const FORMAT_CODES: Record<string, FieldMessageCode> = {
  'date': 'date_invalid', 'id-number': 'id_number_invalid', 'credit-code': 'credit_code_invalid',
  'mobile': 'phone_invalid', 'password': 'password_weak',
};

function describe(error: AjvError): { path: string; code: FieldMessageCode; params?: Record<string, string | number> } {
  const p = error.params;
  switch (error.keyword) {
    case 'required': return { path: toPath(`${error.instancePath}/${String(p.missingProperty)}`, ''), code: 'required' };
    case 'additionalProperties': return { path: toPath(`${error.instancePath}/${String(p.additionalProperty)}`, ''), code: 'unknown_field' };
    case 'type': return { path: error.instancePath, code: 'type', params: { expected: String(p.type) } };
    case 'enum': return { path: error.instancePath, code: 'enum', params: { allowed: (p.allowedValues as unknown[]).join(', ') } };
    case 'const': return { path: error.instancePath, code: 'enum', params: { allowed: String(p.allowedValue) } };
    case 'minLength': return { path: error.instancePath, code: 'min_length', params: { limit: Number(p.limit) } };
    case 'maxLength': return { path: error.instancePath, code: 'max_length', params: { limit: Number(p.limit) } };
    case 'minItems': return { path: error.instancePath, code: 'min_length', params: { limit: Number(p.limit) } };
    case 'maxItems': return { path: error.instancePath, code: 'max_length', params: { limit: Number(p.limit) } };
    case 'minimum': return { path: error.instancePath, code: 'minimum', params: { limit: Number(p.limit) } };
    case 'maximum': return { path: error.instancePath, code: 'maximum', params: { limit: Number(p.limit) } };
    case 'format': return { path: error.instancePath, code: FORMAT_CODES[String(p.format)] ?? 'format' };
    case 'pattern': return { path: error.instancePath, code: 'pattern' };
    default: return { path: error.instancePath, code: 'invalid' };
  }
}

/** Turns ajv's errors into one field error per field, the most specific first. */
export function fieldErrorsFromAjv(errors: readonly AjvError[]): FieldError[] {
  const byField = new Map<string, FieldError>();
  // anyOf/oneOf wrap their branches' errors; the branches say more.
  const specific = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  // A union of literals fails once per literal: gather them into one list of allowed values.
  const allowedByPath = new Map<string, string[]>();
  for (const e of errors) if (e.keyword === 'const') allowedByPath.set(e.instancePath, [...(allowedByPath.get(e.instancePath) ?? []), String(e.params.allowedValue)]);
  for (const error of specific.length > 0 ? specific : errors) {
    const described = describe(error);
    const allowed = error.keyword === 'const' ? allowedByPath.get(error.instancePath) : undefined;
    const { path, code, params } = allowed ? { ...described, params: { allowed: allowed.join(', ') } } : described;
    const field = path.startsWith('/') || path === '' ? toPath(path, '') : path;
    if (!byField.has(field)) byField.set(field, params ? { field: field || '(body)', code, params } : { field: field || '(body)', code });
  }
  return [...byField.values()];
}
