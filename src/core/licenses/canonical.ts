/**
 * The canonical form a license is signed over: JSON with object keys sorted (by UTF-16 code units, as in
 * RFC 8785 JCS), no whitespace, and only finite numbers. Anyone can rebuild the same bytes from the
 * published data, so a signature made here can be checked with any Ed25519 library.
 */

/** A JSON value as the canonical form accepts it. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** The canonical JSON text of `value`; throws a RangeError for a number JSON cannot hold exactly. */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`canonical JSON holds finite numbers only, got ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${(value as readonly Json[]).map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as { readonly [key: string]: Json }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonicalJson(v)}`).join(',')}}`;
}
