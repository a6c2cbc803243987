import { isAcceptablePassword } from '@core/accounts/password-policy';

export { isAcceptablePassword };

/** The server's username rule (3–32 of letters, digits, `.`, `_`, `-`), checked before sending. */
export function isValidUsername(value: string): boolean {
  return /^[A-Za-z0-9_.-]{3,32}$/.test(value);
}
