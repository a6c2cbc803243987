/**
 * License numbers and signing-key ids. DOMAIN.md leaves the format open; ours reads like the case number:
 * the issuing region's GB/T 2260 code, the year of issue and a serial of that region and year, e.g.
 * `360102-2026-000017`. The serial comes from a per-(region, year) counter row, so it is unique under
 * concurrency on both databases; a unique index on the number guards it again.
 */

const NUMBER = /^(\d{6})-(\d{4})-(\d{6,})$/;
const KEY_ID = /^(\d{6})-k([1-9]\d{0,5})$/;

/** The license number of the `serial`-th license a region issued in `year`. */
export function formatLicenseNo(regionCode: string, year: number, serial: number): string {
  if (!/^\d{6}$/.test(regionCode) || !Number.isInteger(year) || !Number.isInteger(serial) || serial < 1) {
    throw new RangeError(`bad license number parts: ${regionCode} ${year} ${serial}`);
  }
  return `${regionCode}-${year}-${String(serial).padStart(6, '0')}`;
}

/** Whether a text has the shape of a license number (the public lookup answers 404 early otherwise). */
export function isLicenseNo(text: string): boolean {
  return NUMBER.test(text);
}

/**
 * A signing key's id: `<region>-k<n>`, n counting up from 1 with each rotation (docs/licenses.md). The
 * region is in the id, so a license names the region whose key signed it.
 */
export function formatKeyId(regionCode: string, n: number): string {
  if (!/^\d{6}$/.test(regionCode) || !Number.isInteger(n) || n < 1 || n > 999_999) throw new RangeError(`bad key id parts: ${regionCode} ${n}`);
  return `${regionCode}-k${n}`;
}

/** The region and generation of a key id, or null when the text is not one. */
export function parseKeyId(text: string): { readonly regionCode: string; readonly n: number } | null {
  const match = KEY_ID.exec(text);
  return match ? { regionCode: match[1] ?? '', n: Number(match[2]) } : null;
}
