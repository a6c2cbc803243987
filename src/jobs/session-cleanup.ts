import { deleteExpiredSessions } from '../store/repositories/session-repository.js';
import type { Job } from './job.js';

/** Removes expired sessions so the table stays small; expiry itself is enforced at every request. */
export const sessionCleanupJob: Job = {
  name: 'sessions.cleanup',
  everyMs: 60 * 60_000,
  async run(deps, now) {
    await deleteExpiredSessions(deps.store.db, now.toISOString());
  },
};
