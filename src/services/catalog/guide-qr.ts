import QRCode from 'qrcode';
import { guideUrl } from '../../core/catalog/index.js';
import type { Deps } from '../context.js';
import { findGuide } from './read-items.js';

/** Image formats of a guide's QR code. */
export type QrFormat = 'svg' | 'png';

// Level M survives a creased or partly covered print on a hall counter (about 15% of the modules).
const OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const;

/**
 * The QR code (码上告知) that opens an item's public guide on a phone: it encodes the guide URL under
 * the site origin the visitor used. Only published items have a guide (404 otherwise).
 */
export async function guideQrCode(deps: Deps, code: string, origin: string, format: QrFormat): Promise<{ url: string; image: string | Buffer }> {
  await findGuide(deps, code);
  const url = guideUrl(origin, code);
  const image = format === 'svg'
    ? await QRCode.toString(url, { ...OPTIONS, type: 'svg' })
    : await QRCode.toBuffer(url, { ...OPTIONS, type: 'png', width: 360 });
  return { url, image };
}
