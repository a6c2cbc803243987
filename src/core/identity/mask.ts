// Masking of personal data for public pages and logs (DOMAIN.md §10; cf. GB/T 35273 去标识化).

const STAR = '*';

/** Keeps the first `head` and last `tail` code points; masks everything if nothing would be hidden. */
function keepEnds(s: string, head: number, tail: number): string {
  const chars = Array.from(s);
  if (chars.length <= head + tail) return STAR.repeat(chars.length);
  const hidden = chars.length - head - tail;
  return chars.slice(0, head).join('') + STAR.repeat(hidden) + chars.slice(chars.length - tail).join('');
}

/**
 * Keeps the first character of a name and masks each remaining one: `张三` → `张*`,
 * `欧阳娜娜` → `欧***`. A one-character name is fully masked (`*`).
 */
export function maskName(name: string): string {
  return keepEnds(name, 1, 0);
}

/**
 * Keeps the first 6 (region) and last 4 characters of an identity number:
 * `11010519491231002X` → `110105********002X`. Strings of 10 or fewer characters are fully masked.
 */
export function maskIdNumber(id: string): string {
  return keepEnds(id, 6, 4);
}

/**
 * Keeps the first 3 (carrier prefix) and last 4 digits of a phone number:
 * `13812341234` → `138****1234`. Strings of 7 or fewer characters are fully masked.
 */
export function maskPhone(phone: string): string {
  return keepEnds(phone, 3, 4);
}

/**
 * Keeps the first 8 characters (authority, org type, region — not identifying) and the last 2 of a
 * unified social credit code, masking 8 of the 9 subject-code characters:
 * `91350100M000100Y43` → `91350100********43`. Strings of 10 or fewer characters are fully masked.
 */
export function maskCreditCode(code: string): string {
  return keepEnds(code, 8, 2);
}

/** Maskers by normalized key (lower case, `_`/`-` removed), so `id_number` and `IDNumber` match too. */
const MASKERS: ReadonlyMap<string, (s: string) => string> = new Map([
  ['name', maskName],
  ['applicantname', maskName],
  ['idnumber', maskIdNumber],
  ['phone', maskPhone],
  ['mobile', maskPhone],
  ['creditcode', maskCreditCode],
]);

const NAME_KEYS: ReadonlySet<string> = new Set(['name', 'applicantname']);

function maskerFor(key: string, keepNames: boolean): ((s: string) => string) | undefined {
  const normalized = key.toLowerCase().replace(/[_-]/g, '');
  return keepNames && NAME_KEYS.has(normalized) ? undefined : MASKERS.get(normalized);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function walk(value: unknown, seen: WeakMap<object, unknown>, keepNames: boolean): unknown {
  if (Array.isArray(value)) {
    const done = seen.get(value);
    if (done !== undefined) return done;
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(walk(item, seen, keepNames));
    return out;
  }
  if (!isPlainObject(value)) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [key, v] of Object.entries(value)) {
    const mask = maskerFor(key, keepNames);
    if (mask !== undefined && (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint')) {
      out[key] = mask(String(v));
    } else {
      out[key] = walk(v, seen, keepNames);
    }
  }
  return out;
}

/**
 * Deep copy of `value` for log redaction: in plain objects (and arrays of them, at any depth),
 * string or number values under the keys name, applicantName, idNumber, phone, mobile and
 * creditCode (matched ignoring case, `_` and `-`) are masked with the matching masker.
 * Other values, and non-plain objects such as Date or Map, are kept as they are; the input is not
 * modified and reference cycles are preserved in the copy. `keepNames` leaves `name` fields as
 * they are, for records (the audit trail) whose names are of departments and staff, not applicants.
 */
export function maskPersonalData<T>(value: T, options: { keepNames?: boolean } = {}): T {
  return walk(value, new WeakMap(), options.keepNames ?? false) as T;
}
