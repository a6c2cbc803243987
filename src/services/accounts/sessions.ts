import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../core/accounts/actor.js';
import type { StaffRole } from '../../core/accounts/roles.js';
import { deleteSession, findLiveSession, insertSession } from '../../store/repositories/session-repository.js';
import type { Deps, Trx } from '../context.js';
import { nowIso } from '../context.js';

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Opens a session and returns its bearer token (also sent as an HttpOnly cookie). */
export async function openSession(trx: Trx, deps: Deps, userId: string): Promise<{ token: string; expiresAt: string }> {
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.sessionHours * 3_600_000).toISOString();
  await insertSession(trx, { tokenHash: tokenHash(token), userId, createdAt: now.toISOString(), expiresAt });
  return { token, expiresAt };
}

/** The actor behind a token, or null when the token is unknown, expired or its account disabled. */
export async function authenticate(deps: Deps, token: string): Promise<Actor | null> {
  const row = await findLiveSession(deps.store.db, tokenHash(token), nowIso(deps));
  if (!row || row.active !== 1) return null;
  return {
    userId: row.id, username: row.username, name: row.name, kind: row.kind,
    roles: JSON.parse(row.roles) as StaffRole[], departmentId: row.department_id,
    departmentPath: row.department_path ?? null, regionCode: row.region_code ?? null,
  };
}

/** Ends the session of a token. */
export async function closeSession(deps: Deps, token: string): Promise<void> {
  await deleteSession(deps.store.db, tokenHash(token));
}
