import { hallEventsAfter, lastHallEventSeq, purgeHallEvents } from '../../store/repositories/hall-event-repository.js';
import type { Deps } from '../context.js';

/** One live page: told when its hall's queue changed, and ended when the server stops. */
export interface FeedListener {
  readonly changed: () => void;
  readonly end: () => void;
}

/** How often a process reads the event sequence while it has live pages open. */
export const POLL_MS = 250;
/** Events only wake pages up; a day's worth is kept for a process that was busy, then dropped. */
const KEEP_EVENTS_MS = 24 * 3_600_000;
const PURGE_EVERY_MS = 10 * 60_000;

/**
 * The live updates of one process (docs/hall.md "Live pages across processes"). Every queue change
 * appends to `hall_events` in its own transaction, whichever process made it; while this process has
 * live pages open it reads the events after the last one it saw every POLL_MS and tells the pages of
 * each hall that changed, once per poll. The sequence has no gaps in commit order (see
 * appendHallEvent), so nothing is missed; with no page open, nothing is read.
 */
export class HallFeed {
  readonly #deps: Deps;
  readonly #listeners = new Map<string, Set<FeedListener>>();
  #lastSeq: number | null = null;
  #timer: NodeJS.Timeout | null = null;
  #polling = false;
  #lastPurge = 0;

  constructor(deps: Deps) {
    this.#deps = deps;
  }

  /** Starts telling `listener` about changes of the hall; returns how to stop. */
  async subscribe(hallId: string, listener: FeedListener): Promise<() => void> {
    if (this.#lastSeq === null) this.#lastSeq = await lastHallEventSeq(this.#deps.store.db);
    const set = this.#listeners.get(hallId) ?? new Set<FeedListener>();
    set.add(listener);
    this.#listeners.set(hallId, set);
    this.#timer ??= setInterval(() => void this.poll(), POLL_MS);
    return () => this.#remove(hallId, listener);
  }

  #remove(hallId: string, listener: FeedListener): void {
    const set = this.#listeners.get(hallId);
    set?.delete(listener);
    if (set?.size === 0) this.#listeners.delete(hallId);
    if (this.#listeners.size === 0 && this.#timer) {
      clearInterval(this.#timer);
      this.#timer = null;
      // Read from the head again next time: events while nobody listened concern nobody.
      this.#lastSeq = null;
    }
  }

  /** Reads new events once and tells the listeners of the halls they concern (public for tests). */
  async poll(): Promise<void> {
    if (this.#polling || this.#lastSeq === null) return;
    this.#polling = true;
    try {
      const events = await hallEventsAfter(this.#deps.store.db, this.#lastSeq, 1000);
      const halls = new Set(events.map((e) => e.hallId));
      if (events.length > 0) this.#lastSeq = events[events.length - 1]!.seq;
      for (const hallId of halls) for (const listener of this.#listeners.get(hallId) ?? []) listener.changed();
      await this.#purgeNowAndThen();
    } catch {
      // The database went away for a moment (a restart, shutdown): the next poll tries again.
    } finally {
      this.#polling = false;
    }
  }

  async #purgeNowAndThen(): Promise<void> {
    const now = this.#deps.clock.now().getTime();
    if (now - this.#lastPurge < PURGE_EVERY_MS) return;
    this.#lastPurge = now;
    await purgeHallEvents(this.#deps.store.db, new Date(now - KEEP_EVENTS_MS).toISOString());
  }

  /** Ends every live page and stops polling (the server is closing). */
  close(): void {
    for (const set of this.#listeners.values()) for (const listener of set) listener.end();
    this.#listeners.clear();
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }
}
