/**
 * Login lockout: after MAX_FAILURES wrong passwords in a row the account is locked for
 * LOCK_MINUTES, and even the right password is refused meanwhile (等保 2.0 login-failure handling).
 */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

export interface LoginState {
  readonly failedLogins: number;
  readonly lockedUntil: string | null;
}

/** Whether the account is locked at `now` (ISO instant). */
export function isLocked(state: LoginState, now: string): boolean {
  return state.lockedUntil !== null && state.lockedUntil > now;
}

/** The state after a wrong password at `nowMs`. */
export function afterFailure(state: LoginState, nowMs: number): LoginState {
  const failedLogins = state.failedLogins + 1;
  if (failedLogins < MAX_FAILURES) return { failedLogins, lockedUntil: null };
  return { failedLogins: 0, lockedUntil: new Date(nowMs + LOCK_MINUTES * 60_000).toISOString() };
}

/** The state after a successful login. */
export const AFTER_SUCCESS: LoginState = { failedLogins: 0, lockedUntil: null };
