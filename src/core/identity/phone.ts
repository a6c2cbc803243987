// Mainland China mobile numbers per the MIIT numbering plan (电信网编号计划): 1[3-9] + 9 digits.

const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Whether `s` is an 11-digit mainland mobile number starting with 13–19.
 * No country code (`+86`), spaces or dashes are accepted; normalize before calling.
 */
export function isValidMobile(s: string): boolean {
  return MOBILE.test(s);
}
