/**
 * The password policy: at least 8 characters, at least one letter and one digit, at most 128
 * (a bound on hashing cost). Checked wherever a password is set.
 */
export function isAcceptablePassword(password: string): boolean {
  return password.length >= 8 && password.length <= 128 && /[A-Za-z]/.test(password) && /\d/.test(password);
}
