// Identity numbers, credit codes, phone numbers and masking (GB 11643-1999, GB 32100-2015).

export {
  type Gender,
  birthDateOfIdNumber,
  genderOfIdNumber,
  idNumberCheckChar,
  isValidIdNumber,
  normalizeIdNumber,
} from './id-number.js';
export {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  isValidCreditCode,
  normalizeCreditCode,
} from './credit-code.js';
export { isValidMobile } from './phone.js';
export { maskCreditCode, maskIdNumber, maskName, maskPersonalData, maskPhone } from './mask.js';
