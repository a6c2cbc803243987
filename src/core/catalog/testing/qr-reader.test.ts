import fc from 'fast-check';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeQr, modulesOfSvg } from './qr-reader.js';

// The reader is checked against the qrcode package over many texts and every error-correction level,
// so that the scenario tests may trust it to decode a guide's QR code.
describe('test QR reader', () => {
  it('reads back what the qrcode package encodes, in every mode and level, versions 1–10', async () => {
    const text = fc.oneof(
      fc.webUrl({ size: 'small' }),
      fc.stringMatching(/^[0-9]{1,60}$/),
      fc.stringMatching(/^[A-Z0-9 $%*+./:-]{1,60}$/),
      fc.string({ unit: 'grapheme', maxLength: 30 }).filter((s) => s.length > 0),
    );
    await fc.assert(fc.asyncProperty(text, fc.constantFrom('L', 'M', 'Q', 'H'), async (value, level) => {
      const symbol = QRCode.create(value, { errorCorrectionLevel: level });
      fc.pre(symbol.version <= 10);
      const svg = await QRCode.toString(value, { type: 'svg', errorCorrectionLevel: level, margin: 2 });
      expect(decodeQr(modulesOfSvg(svg))).toBe(value);
    }), { numRuns: 300 });
  });
});
