/**
 * The estimated wait shown with a ticket (docs/hall.md "Estimated wait"). Current throughput decides
 * when there is enough of it: tickets of the category that windows finished with (served, or closed as
 * no-shows) in the last hour. Before that — the first hour of a day, a quiet category — the category's
 * set service minutes spread over the windows that serve it.
 */
export const THROUGHPUT_MINUTES = 60;
/** Fewer closed tickets than this in the last hour is too little to measure a rate by. */
export const MIN_THROUGHPUT_SAMPLES = 3;

export interface WaitInput {
  /** Tickets that will be called before this one. */
  readonly ahead: number;
  /** Tickets of the category closed at a window within the last THROUGHPUT_MINUTES. */
  readonly closedRecently: number;
  /** The category's set minutes per visitor. */
  readonly serviceMinutes: number;
  /** Active windows serving the category. */
  readonly windows: number;
}

/** Whole minutes, rounded up; 0 when nobody is ahead. */
export function estimateWaitMinutes(input: WaitInput): number {
  if (input.ahead <= 0) return 0;
  const minutesPerTicket = input.closedRecently >= MIN_THROUGHPUT_SAMPLES
    ? THROUGHPUT_MINUTES / input.closedRecently
    : input.serviceMinutes / Math.max(1, input.windows);
  return Math.ceil(input.ahead * minutesPerTicket);
}
