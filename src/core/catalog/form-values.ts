import { isLocalDate } from '../calendar/index.js';
import type { FieldError } from '../errors.js';
import { isValidCreditCode, isValidIdNumber, isValidMobile, normalizeCreditCode, normalizeIdNumber } from '../identity/index.js';
import type { FormField } from './types.js';

/** Default bounds of an address (省市区 + street + number fit in 200 characters). */
const ADDRESS_MIN = 2;
const ADDRESS_MAX = 200;

type Problem = Omit<FieldError, 'field'> | null;
type Check = (field: FormField, value: unknown, today: string | undefined) => Problem;

const isText = (value: unknown): value is string => typeof value === 'string';

const checkText: Check = (field, value): Problem => {
  if (!isText(value)) return { code: 'type', params: { expected: 'string' } };
  if (field.minLength !== undefined && value.length < field.minLength) return { code: 'min_length', params: { limit: field.minLength } };
  if (field.maxLength !== undefined && value.length > field.maxLength) return { code: 'max_length', params: { limit: field.maxLength } };
  if (field.pattern !== undefined && !new RegExp(`^(?:${field.pattern})$`, 'u').test(value)) return { code: 'pattern' };
  return null;
};

const checkNumber: Check = (field, value): Problem => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'type', params: { expected: 'number' } };
  if (field.min !== undefined && value < field.min) return { code: 'minimum', params: { limit: field.min } };
  if (field.max !== undefined && value > field.max) return { code: 'maximum', params: { limit: field.max } };
  return null;
};

const CHECKS: Readonly<Record<FormField['type'], Check>> = {
  text: checkText,
  number: checkNumber,
  date: (_field, value) => (isLocalDate(value) ? null : { code: 'date_invalid' }),
  select: (field, value) => (isText(value) && (field.options ?? []).includes(value) ? null : { code: 'enum', params: { allowed: (field.options ?? []).join(', ') } }),
  // GB 11643-1999 (MOD 11-2); a birth date after today is no valid number either.
  id_number: (_field, value, today) => (isText(value) && isValidIdNumber(normalizeIdNumber(value), today) ? null : { code: 'id_number_invalid' }),
  // GB 32100-2015 unified social credit code.
  credit_code: (_field, value) => (isText(value) && isValidCreditCode(normalizeCreditCode(value)) ? null : { code: 'credit_code_invalid' }),
  phone: (_field, value) => (isText(value) && isValidMobile(value) ? null : { code: 'phone_invalid' }),
  address: (field, value) => {
    const length = isText(value) ? value.trim().length : -1;
    return length >= (field.minLength ?? ADDRESS_MIN) && length <= (field.maxLength ?? ADDRESS_MAX) ? null : { code: 'address_invalid' };
  },
};

const isEmpty = (value: unknown) => value === undefined || value === null || (isText(value) && value.trim() === '');

/**
 * Checks an applicant's form values against the item's form: every bad field at once, each named
 * `form.<key>` (DOMAIN.md §10: a clear field-level error, nothing stored). `today` bounds birth dates.
 */
export function validateFormValues(
  fields: readonly FormField[], values: Readonly<Record<string, unknown>>, options: { today?: string; prefix?: string } = {},
): FieldError[] {
  const prefix = options.prefix ?? 'form.';
  const known = new Set(fields.map((f) => f.key));
  const unknown: FieldError[] = Object.keys(values).filter((key) => !known.has(key))
    .map((key) => ({ field: `${prefix}${key}`, code: 'unknown_field' }));
  const checked = fields.flatMap((field): FieldError[] => {
    const value = values[field.key];
    if (isEmpty(value)) return field.required ? [{ field: `${prefix}${field.key}`, code: 'required' }] : [];
    const problem = CHECKS[field.type](field, value, options.today);
    return problem ? [{ field: `${prefix}${field.key}`, ...problem }] : [];
  });
  return [...checked, ...unknown];
}
