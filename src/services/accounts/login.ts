import { afterFailure, AFTER_SUCCESS, isLocked } from '../../core/accounts/lockout.js';
import { DomainError } from '../../core/errors.js';
import type { Actor } from '../../core/accounts/actor.js';
import { findUserRowByUsername, updateUser } from '../../store/repositories/user-repository.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Ctx } from '../context.js';
import { inTransaction, nowIso } from '../context.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { authenticate, openSession } from './sessions.js';

// Checked against when the username is unknown, so a miss costs as long as a hit and does not
// reveal which usernames exist.
const DUMMY_HASH = hashPassword('not-a-real-password-0');

export interface LoginResult {
  readonly token: string;
  readonly expiresAt: string;
  readonly actor: Actor;
}

/** Signs in; counts failures and locks the account after too many (core/accounts/lockout). */
export async function login(ctx: Ctx, username: string, password: string): Promise<LoginResult> {
  const row = await findUserRowByUsername(ctx.store.db, username);
  const now = nowIso(ctx);
  if (!row) {
    await verifyPassword(password, await DUMMY_HASH);
    throw new DomainError('auth.invalid_credentials');
  }
  const state = { failedLogins: row.failed_logins, lockedUntil: row.locked_until };
  if (isLocked(state, now)) throw new DomainError('auth.locked', { until: state.lockedUntil ?? '' });
  const matches = await verifyPassword(password, row.password_hash);
  if (!matches) {
    const next = afterFailure(state, ctx.clock.now().getTime());
    await inTransaction(ctx, async (trx) => {
      await updateUser(trx, row.id, { failed_logins: next.failedLogins, locked_until: next.lockedUntil });
      if (next.lockedUntil) {
        await recordAudit(trx, { ...ctx, actor: null }, { entity: 'user', entityId: row.id, action: 'locked', after: next });
      }
    });
    if (next.lockedUntil) throw new DomainError('auth.locked', { until: next.lockedUntil });
    throw new DomainError('auth.invalid_credentials');
  }
  if (row.active !== 1) throw new DomainError('auth.disabled');
  const session = await inTransaction(ctx, async (trx) => {
    await updateUser(trx, row.id, { failed_logins: AFTER_SUCCESS.failedLogins, locked_until: AFTER_SUCCESS.lockedUntil });
    const opened = await openSession(trx, ctx, row.id);
    await recordAudit(trx, ctx, { entity: 'user', entityId: row.id, action: 'login' });
    return opened;
  });
  const actor = await authenticate(ctx, session.token);
  if (!actor) throw new DomainError('auth.invalid_credentials');
  return { ...session, actor };
}
