import { dispatchOutbox } from '../services/notifications/dispatch-outbox.js';
import { transportsFromEnv, type Transports } from '../services/notifications/transports.js';
import type { Job } from './job.js';

/**
 * The outbox dispatcher over the given transports, or over what a function returns at each run
 * (tests hand in a loopback SMTP server).
 */
export function createOutboxJob(transports: Transports | (() => Transports)): Job {
  return {
    name: 'notifications.outbox',
    // As often as the scheduler ticks: a message leaves within one tick of its commit.
    everyMs: 10_000,
    async run(deps, now) {
      await dispatchOutbox(deps, typeof transports === 'function' ? transports() : transports, now);
    },
  };
}

let fromEnv: Transports | null = null;

/**
 * Sends committed email and SMS notifications, configured from TONGBAN_SMTP_URL, TONGBAN_MAIL_FROM and
 * TONGBAN_SMS. The environment is read at the first run, not at import, so that a bad value fails this
 * job (logged at every tick) and not every command that imports the scheduler.
 */
export const outboxJob: Job = createOutboxJob(() => (fromEnv ??= transportsFromEnv(process.env)));
