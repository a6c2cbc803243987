/**
 * The public hall pages. QR codes encode these paths (the hall's take-a-number code, a ticket's phone
 * page), and the web app serves the pages at the same paths, so both import them from here.
 */
export const HALL_PATH_PREFIX = '/hall/';

/** The phone page of a ticket (无声叫号): the code keeps other people's tickets out of reach. */
export function ticketPath(ticketId: string, accessCode: string): string {
  return `${HALL_PATH_PREFIX}ticket/${encodeURIComponent(ticketId)}?code=${encodeURIComponent(accessCode)}`;
}

/** The phone page to take a number at a hall, which the QR code at the hall's entrance opens. */
export function takePath(hallId: string): string {
  return `${HALL_PATH_PREFIX}take/${encodeURIComponent(hallId)}`;
}

/** An absolute URL under a site origin. */
export function absoluteUrl(origin: string, path: string): string {
  return `${origin.replace(/\/+$/, '')}${path}`;
}
