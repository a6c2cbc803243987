/**
 * 电子证照 (DOMAIN.md §4; 行政许可法 第三十九条; 国务院令第716号 第十条): what a license says, as the data its
 * Ed25519 signature covers. The stored record keeps exactly the signed canonical text, so verification needs
 * no re-encoding: one byte changed anywhere in it breaks the signature.
 */
import type { LocalDate } from '../calendar/index.js';
import { addDays, parseLocalDate } from '../calendar/index.js';
import { daysInMonth } from '../calendar/local-date.js';
import type { FormFieldType } from '../catalog/vocabulary.js';
import { canonicalJson } from './canonical.js';

/** Version of the signed layout; a later layout gets a new number and old licenses keep verifying. */
export const LICENSE_DATA_VERSION = 1;

/**
 * Years a license is valid when its item says nothing. 5 is the period most licensing rules set (e.g.
 * 食品经营许可和备案管理办法: 食品经营许可证 valid 5 years); an item whose rule sets another period says so
 * (`licenseValidYears`, e.g. 公共场所卫生许可证 4 years).
 */
export const DEFAULT_LICENSE_YEARS = 5;

/** Who holds the license: a person by resident ID number (GB 11643), an organization by credit code (GB 32100). */
export interface LicenseHolder {
  readonly name: string;
  readonly idKind: 'id_number' | 'credit_code';
  readonly idNumber: string;
}

/** One data field of the license type, as printed: 经营场所 → 红谷滩新区… */
export interface LicenseField {
  readonly label: string;
  readonly value: string;
}

/** The signed content of a license. Every value is text or a list of texts, so the canonical form is plain. */
export interface LicenseData {
  readonly v: typeof LICENSE_DATA_VERSION;
  readonly number: string;
  readonly licenseType: string;
  readonly caseNo: string;
  readonly itemCode: string;
  readonly holder: LicenseHolder;
  readonly scope: string;
  readonly fields: readonly LicenseField[];
  readonly department: { readonly id: string; readonly name: string };
  readonly regionCode: string;
  readonly issuedOn: LocalDate;
  readonly validFrom: LocalDate;
  readonly validUntil: LocalDate;
  readonly keyId: string;
}

/** The bytes a license's signature covers. */
export function signedText(data: LicenseData): string {
  return canonicalJson({ ...data, holder: { ...data.holder }, department: { ...data.department }, fields: data.fields.map((f) => ({ ...f })) });
}

/**
 * The title of the license an item's grant yields when the item does not name it: the grant of `食品经营许可`
 * issues a `食品经营许可证`; an item already named as a certificate keeps its name, and any other item gives a
 * `…证明` (documented in docs/licenses.md).
 */
export function licenseTitle(itemName: string): string {
  if (itemName.endsWith('证') || itemName.endsWith('照')) return itemName;
  if (itemName.endsWith('许可')) return `${itemName}证`;
  return `${itemName}证明`;
}

/** What a grant of the item issues: the license's name and the years it is valid, the item's or the defaults. */
export function licenseOfItem(item: { readonly name: string; readonly licenseName?: string | undefined; readonly licenseValidYears?: number | undefined }) {
  return { name: item.licenseName ?? licenseTitle(item.name), validYears: item.licenseValidYears ?? DEFAULT_LICENSE_YEARS };
}

// Contact numbers and others' ID numbers are personal data, not what a license certifies (DOMAIN.md §10).
const PRIVATE_FIELD_TYPES: readonly FormFieldType[] = ['phone', 'id_number'];

/** The license's data fields: the case form's answers in the item's order, less personal contact data. */
export function licenseFields(
  specs: readonly { readonly key: string; readonly label: string; readonly type: FormFieldType }[],
  values: Readonly<Record<string, unknown>>,
): LicenseField[] {
  return specs.flatMap((spec) => {
    const value = values[spec.key];
    if (PRIVATE_FIELD_TYPES.includes(spec.type)) return [];
    if (typeof value === 'number' || typeof value === 'boolean') return [{ label: spec.label, value: String(value) }];
    return typeof value === 'string' && value.trim() !== '' ? [{ label: spec.label, value: value.trim() }] : [];
  });
}

/**
 * The last day of a license valid `years` years from `from`: the day before the anniversary, so a
 * 5-year license from 2026-03-02 runs to 2031-03-01. An anniversary on a 29 February that does not exist
 * falls on 1 March (民法典 第二百零三条 reckons a month-end period to the month's last day).
 */
export function validUntil(from: LocalDate, years: number): LocalDate {
  if (!Number.isInteger(years) || years < 1) throw new RangeError(`validity years must be a positive whole number, got ${years}`);
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const anniversary = d > daysInMonth(year, m)
    ? `${year}-${String(m + 1).padStart(2, '0')}-01`
    : `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return addDays(parseLocalDate(anniversary), -1);
}
