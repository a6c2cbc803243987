/**
 * The head every document shares: the agency name, the title, the document number, and the verification
 * QR code in the top-right corner with its caption 扫码查验. A rule closes the head, as the separator under
 * the 版头 does in GB/T 9704-2012 7.2.4.
 */
import { FONT } from './fonts.js';
import { drawQrCode } from './qr.js';
import { LEADING, MM, SIZE, type Sheet } from './sheet.js';

/** What the head shows. */
export interface Header {
  readonly agencyName: string;
  readonly title: string;
  /** The document number line, e.g. 朝审受〔2026〕第 000123 号, or 证照编号：… on a license. */
  readonly numberLine: string;
  readonly verifyUrl: string;
}

/** The QR code's side: 22 mm scans reliably from a phone at reading distance. */
export const QR_SIZE = 22 * MM;

/** Draws the head at the top of the first page and moves the cursor below it. */
export function drawHeader(sheet: Sheet, header: Header): void {
  const qrX = sheet.left + sheet.width - QR_SIZE;
  drawQrCode(sheet, header.verifyUrl, qrX, sheet.top, QR_SIZE);
  // Centre the words on the page but keep them clear of the QR code (and its quiet zone) on both sides,
  // so a long agency name wraps instead of running into it.
  const reserve = QR_SIZE + 5 * MM;
  const band = { x: sheet.left + reserve, width: sheet.width - 2 * reserve, align: 'center' } as const;
  sheet.y = sheet.top + 2 * MM;
  sheet.text(header.agencyName, { ...band, size: SIZE.agency, face: FONT.bold });
  sheet.text(header.title, { ...band, size: SIZE.title, face: FONT.bold });
  sheet.gap(1 * MM);
  sheet.text(header.numberLine, { ...band, size: SIZE.small + 1 });
  const qrBottom = sheet.top + QR_SIZE + SIZE.small * LEADING;
  sheet.y = Math.max(sheet.y, qrBottom) + 2 * MM;
  sheet.doc.save().lineWidth(1).strokeColor('#b0201a')
    .moveTo(sheet.left, sheet.y).lineTo(sheet.left + sheet.width, sheet.y).stroke().restore();
  sheet.gap(5 * MM);
}
