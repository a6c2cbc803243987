import { abandonUnsupplied, remindUnsupplied } from '../services/cases/abandon-unsupplied.js';
import { deemOverdueCasesAccepted } from '../services/cases/deem-accepted.js';
import type { Job } from './job.js';

/** 行政许可法 第三十二条: applications not answered within 5 workdays count as accepted. */
export const deemedAcceptanceJob: Job = {
  name: 'cases.deemed-acceptance',
  everyMs: 60_000,
  run: async (deps) => { await deemOverdueCasesAccepted(deps); },
};

/** Reminds applicants before their supplement period ends, then ends unsupplied cases as abandoned. */
export const supplementJob: Job = {
  name: 'cases.supplement',
  everyMs: 60_000,
  run: async (deps) => {
    await remindUnsupplied(deps);
    await abandonUnsupplied(deps);
  },
};
