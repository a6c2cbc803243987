/**
 * The verification QR code. Drawn as vector squares rather than an embedded image, so it stays sharp
 * at any zoom or printer resolution and adds only a few hundred bytes.
 */
import QRCode from 'qrcode';
import { FONT } from './fonts.js';
import { SIZE, type Sheet } from './sheet.js';

/** The caption under every QR code. */
export const QR_CAPTION = '扫码查验';

/**
 * Draws a QR code for `url` with its top-left corner at (x, y), `size` points square, and the caption
 * (扫码查验 unless another is given) below it. Level M recovers 15 % damage: enough for a creased or stamped printout.
 */
export function drawQrCode(sheet: Sheet, url: string, x: number, y: number, size: number, caption = QR_CAPTION): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  const doc = sheet.doc;
  doc.save();
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      // A hair of overlap closes the seams some viewers show between neighbouring squares.
      if (modules.get(row, col)) doc.rect(x + col * cell, y + row * cell, cell + 0.05, cell + 0.05);
    }
  }
  doc.fillColor('#000000').fill();
  doc.restore();
  const line = sheet.wrap(caption, { size: SIZE.small, face: FONT.regular })[0];
  if (line) sheet.line(line, y + size + 1, { size: SIZE.small, align: 'center', x, width: size });
}
