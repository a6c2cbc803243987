import type { TSchema } from '@sinclair/typebox';
import { Value, ValueErrorType, type ValueError } from '@sinclair/typebox/value';
import type { FieldError } from '../../core/errors.js';

/**
 * Field errors for a value checked against a TypeBox schema outside a route (an uploaded workbook),
 * in the same words the HTTP validation uses: one per field, paths like `items[0].materials[1].code`.
 */

type Described = Omit<FieldError, 'field'>;

const limit = (error: ValueError, key: string): number => Number((error.schema as Record<string, unknown>)[key]);

function allowed(schema: TSchema): string {
  const options = (schema as { anyOf?: { const?: unknown }[]; const?: unknown }).anyOf ?? [schema];
  return options.map((o) => String((o as { const?: unknown }).const)).join(', ');
}

function describe(error: ValueError): Described {
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty: return { code: 'required' };
    case ValueErrorType.ObjectAdditionalProperties: return { code: 'unknown_field' };
    case ValueErrorType.StringMinLength: return { code: 'min_length', params: { limit: limit(error, 'minLength') } };
    case ValueErrorType.ArrayMinItems: return { code: 'min_length', params: { limit: limit(error, 'minItems') } };
    case ValueErrorType.StringMaxLength: return { code: 'max_length', params: { limit: limit(error, 'maxLength') } };
    case ValueErrorType.ArrayMaxItems: return { code: 'max_length', params: { limit: limit(error, 'maxItems') } };
    case ValueErrorType.StringPattern: return { code: 'pattern' };
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.IntegerMinimum: return { code: 'minimum', params: { limit: limit(error, 'minimum') } };
    case ValueErrorType.NumberMaximum:
    case ValueErrorType.IntegerMaximum: return { code: 'maximum', params: { limit: limit(error, 'maximum') } };
    case ValueErrorType.Union:
    case ValueErrorType.Literal: return { code: 'enum', params: { allowed: allowed(error.schema) } };
    case ValueErrorType.String: return { code: 'type', params: { expected: 'string' } };
    case ValueErrorType.Integer: return { code: 'type', params: { expected: 'integer' } };
    case ValueErrorType.Number: return { code: 'type', params: { expected: 'number' } };
    case ValueErrorType.Boolean: return { code: 'type', params: { expected: 'boolean' } };
    case ValueErrorType.Array: return { code: 'type', params: { expected: 'array' } };
    default: return { code: 'invalid' };
  }
}

function toPath(pointer: string): string {
  return pointer.split('/').filter(Boolean)
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '') || '(body)';
}

/** Every bad field of `value` against `schema`, the first problem of each field only. */
export function schemaErrors(schema: TSchema, value: unknown): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const error of Value.Errors(schema, value)) {
    const field = toPath(error.path);
    if (!byField.has(field)) byField.set(field, { field, ...describe(error) });
  }
  return [...byField.values()];
}
