/** 电子证照: the signed content of a license, its number and key ids, validity and verification (docs/licenses.md). */
export { canonicalJson, type Json } from './canonical.js';
export { formatKeyId, formatLicenseNo, isLicenseNo, parseKeyId } from './license-number.js';
export {
  DEFAULT_LICENSE_YEARS, LICENSE_DATA_VERSION, licenseFields, licenseOfItem, licenseTitle, signedText, validUntil,
  type LicenseData, type LicenseField, type LicenseHolder,
} from './license.js';
export { LICENSE_STATUSES, verifyLicense, type LicenseStatus, type StoredLicense, type Verification, type VerifySignature } from './status.js';
