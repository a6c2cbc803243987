import QRCode from 'qrcode';
import { absoluteUrl, takePath, ticketPath } from '../../core/hall/index.js';
import type { Deps } from '../context.js';
import { openHall } from './hall-access.js';
import { publicTicket } from './queue-views.js';

// Level M survives a creased print or a glare on the kiosk screen (about 15% of the modules).
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2, type: 'svg' } as const;

/** The QR code at a hall's entrance: it opens the phone page to take a number there. */
export async function hallTakeQr(deps: Deps, hallId: string, origin: string): Promise<string> {
  await openHall(deps.store.db, hallId);
  return QRCode.toString(absoluteUrl(origin, takePath(hallId)), OPTIONS);
}

/** The QR code the kiosk shows with a new ticket: the visitor scans it to follow the ticket on their phone (无声叫号). */
export async function ticketQr(deps: Deps, ticketId: string, code: string, origin: string): Promise<string> {
  await publicTicket(deps, ticketId, code);
  return QRCode.toString(absoluteUrl(origin, ticketPath(ticketId, code)), OPTIONS);
}
