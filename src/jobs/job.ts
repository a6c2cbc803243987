import type { Deps } from '../services/context.js';

/** A scheduled check: runs at most once per `everyMs` across all server processes. */
export interface Job {
  readonly name: string;
  readonly everyMs: number;
  run(deps: Deps, now: Date): Promise<void>;
}
