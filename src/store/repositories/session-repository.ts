import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

type Db = Kysely<Database>;

/** Stores a session under its token's hash. */
export async function insertSession(db: Db, session: { tokenHash: string; userId: string; createdAt: string; expiresAt: string }): Promise<void> {
  await db.insertInto('sessions').values({
    token_hash: session.tokenHash, user_id: session.userId, created_at: session.createdAt, expires_at: session.expiresAt,
  }).execute();
}

/** The live session's user joined with department scope, or undefined when missing or expired. */
export function findLiveSession(db: Db, tokenHash: string, now: string) {
  return db.selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('departments', 'departments.id', 'users.department_id')
    .select([
      'users.id', 'users.username', 'users.name', 'users.kind', 'users.roles', 'users.active',
      'users.department_id', 'departments.path as department_path', 'departments.region_code',
    ])
    .where('sessions.token_hash', '=', tokenHash).where('sessions.expires_at', '>', now)
    .executeTakeFirst();
}

/** Ends one session. */
export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

/** Removes expired sessions; returns how many. */
export async function deleteExpiredSessions(db: Db, now: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
