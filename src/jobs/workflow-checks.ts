import { expireAbsentBranches } from '../services/workflow/expire-branches.js';
import type { Job } from './job.js';

/** 缺席默认: unanswered branches of an absent-means-consent parallel step consent once their step clock runs out. */
export const absentConsentJob: Job = {
  name: 'workflow.absent-consent',
  everyMs: 60_000,
  run: async (deps) => { await expireAbsentBranches(deps); },
};
