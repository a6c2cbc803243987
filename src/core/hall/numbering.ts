/**
 * Ticket numbers: the category's letter and the day's sequence, A001, A002 … (A1000 after A999).
 * I and O are not prefixes: on a hall screen they read as 1 and 0.
 */
export const PREFIX_PATTERN = /^[A-HJ-NP-Z]$/;

const NUMBER_PATTERN = /^([A-HJ-NP-Z])(\d{3,})$/;

/** Whether a text can be a category's prefix. */
export function isTicketPrefix(text: string): boolean {
  return PREFIX_PATTERN.test(text);
}

/** The number shown for the `seq`-th ticket (from 1) of a prefix. */
export function formatTicketNumber(prefix: string, seq: number): string {
  if (!isTicketPrefix(prefix) || !Number.isInteger(seq) || seq < 1) throw new RangeError(`no ticket number for ${prefix}/${seq}`);
  return `${prefix}${String(seq).padStart(3, '0')}`;
}

/** The prefix and sequence of a shown number, or null. */
export function parseTicketNumber(text: string): { prefix: string; seq: number } | null {
  const match = NUMBER_PATTERN.exec(text);
  if (!match) return null;
  const seq = Number(match[2]);
  // 0-padding is only ever to three digits: A0001 is not a number we print.
  if (seq < 1 || (match[2]!.length > 3 && match[2]!.startsWith('0'))) return null;
  return { prefix: match[1]!, seq };
}
