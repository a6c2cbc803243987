import { Type, type TSchema } from '@sinclair/typebox';

/** `YYYY-MM-DD`, a legal date in Asia/Shanghai. */
export const LocalDate = Type.String({ format: 'date', description: 'YYYY-MM-DD (Asia/Shanghai)' });

/** An ISO 8601 instant with offset. */
export const Instant = Type.String({ format: 'date-time' });

export const Id = Type.String({ minLength: 1, maxLength: 64 });

/** The error shape of API.md. */
export const ErrorResponse = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    fields: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
  }),
}, { $id: 'ErrorResponse' });

const errorRef = Type.Ref('ErrorResponse');

/** The error responses every route may give, for the OpenAPI document. */
export function withErrors<T extends Record<number, TSchema>>(ok: T) {
  return { ...ok, 400: errorRef, 401: errorRef, 403: errorRef, 404: errorRef, 409: errorRef, 422: errorRef };
}

/** A public lookup by case number and query code answers these too, and 429 while guessing is throttled (docs/security.md). */
export function withLookupErrors<T extends Record<number, TSchema>>(ok: T) {
  return { ...withErrors(ok), 429: errorRef };
}

/** A short required text: trimmed input must not be empty. */
export const Text = (maxLength = 100) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });
