import { superviseClocks } from '../services/supervision/automatic-supervision.js';
import { escalateUnansweredUrges } from '../services/supervision/escalate-urges.js';
import type { Job } from './job.js';

/**
 * 电子监察 (DOMAIN.md §7): yellow and red notices, overdue records and statutory breaches from the stored
 * clocks, then escalation (督办) of urges unanswered past their deadline. Runs after the checks that change
 * cases (deemed acceptance first), before the outbox sends the notices.
 */
export const supervisionJob: Job = {
  name: 'supervision.checks',
  everyMs: 60_000,
  async run(deps, now) {
    const at = now.toISOString();
    await superviseClocks(deps, at);
    await escalateUnansweredUrges(deps, at);
  },
};
