import { randomUUID } from 'node:crypto';
import { nextAttemptAt, renderStoredMessage, withPublicLinks } from '../../core/notifications/index.js';
import { claimDueOutbox, finishOutboxAttempt, type ClaimedOutboxRow, type OutboxUpdate } from '../../store/repositories/notification-repository.js';
import type { Deps } from '../context.js';
import { isPermanentFailure, type Transports } from './transports.js';

// A claim outlives a batch: 10 messages at most 40 s each (the SMTP timeouts) stay well inside it.
const CLAIM_MS = 10 * 60_000;
const BATCH = 10;
const MAX_BATCHES = 10;

/** What one pass did. */
export interface DispatchResult {
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

async function attempt(row: ClaimedOutboxRow, transports: Transports, now: Date): Promise<[keyof DispatchResult, OutboxUpdate]> {
  const transport = transports[row.channel];
  if (transport === null) return ['skipped', { status: 'skipped', last_error: `no ${row.channel} transport configured` }];
  const attempts = row.attempts + 1;
  try {
    const params = withPublicLinks(JSON.parse(row.params) as Record<string, string>, transports.publicUrl ?? null);
    const message = renderStoredMessage(row.event, params, row.lang);
    await transport.send({ id: row.id, to: row.destination, lang: row.lang, ...message });
    return ['sent', { status: 'sent', attempts, sent_at: now.toISOString(), last_error: null }];
  } catch (error) {
    const next = isPermanentFailure(error) ? null : nextAttemptAt(attempts, now);
    return next === null
      ? ['failed', { status: 'failed', attempts, last_error: errorText(error) }]
      : ['retried', { attempts, next_attempt_at: next.toISOString(), last_error: errorText(error) }];
  }
}

/**
 * Sends the due outbox rows: claim a batch, send each, record the outcome. Delivery is at least once:
 * a process that dies between sending and recording leaves its claim to expire, and the row is sent
 * again with the same id (the email's Message-ID), never more than that once per crash.
 */
export async function dispatchOutbox(deps: Deps, transports: Transports, now: Date): Promise<DispatchResult> {
  const holder = randomUUID();
  const result: DispatchResult = { sent: 0, retried: 0, failed: 0, skipped: 0 };
  const claim = { holder, now: now.toISOString(), leaseUntil: new Date(now.getTime() + CLAIM_MS).toISOString(), limit: BATCH };
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const rows = await claimDueOutbox(deps.store.db, deps.store.dialect, claim);
    for (const row of rows) {
      const [outcome, changes] = await attempt(row, transports, now);
      if (await finishOutboxAttempt(deps.store.db, row.id, holder, changes)) result[outcome] += 1;
    }
    if (rows.length < BATCH) break;
  }
  return result;
}
