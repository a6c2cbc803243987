import { DomainError } from '../../core/errors.js';

/** The one source of "now" (STYLE B2.3). */
export interface Clock {
  now(): Date;
  readonly simulated: boolean;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date(), simulated: false };

/** A clock an admin moves by API (`serve --simulated-clock`); it never moves backwards. */
export class SimulatedClock implements Clock {
  readonly simulated = true;
  #now: Date;

  constructor(start: Date) {
    this.#now = new Date(start.getTime());
  }

  now(): Date {
    return new Date(this.#now.getTime());
  }

  set(next: Date): void {
    if (next.getTime() < this.#now.getTime()) throw new DomainError('clock.backwards');
    this.#now = new Date(next.getTime());
  }
}
