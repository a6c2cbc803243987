import { dispatchWebhooks, type DispatchOptions } from '../services/webhooks/dispatch-webhooks.js';
import type { Job } from './job.js';

/** The webhook sender; tests hand in a short timeout. */
export function createWebhooksJob(options: DispatchOptions = {}): Job {
  return {
    name: 'webhooks.deliveries',
    // As often as the scheduler ticks: an event leaves within one tick of its commit.
    everyMs: 10_000,
    async run(deps, now) {
      await dispatchWebhooks(deps, now, options);
    },
  };
}

/** Sends committed case events to their subscribers (docs/webhooks.md). */
export const webhooksJob: Job = createWebhooksJob();
