/**
 * The agency's electronic seal (电子印章). Its shape follows 国发〔1999〕25号 for a county-level or higher
 * government department: round, 42 mm across, a five-pointed star in the centre, the agency name around
 * it from left to right, the seal's purpose below the star. It is marked 电子印章 and drawn translucent,
 * so the name and date it covers stay legible (GB/T 9704-2012 7.3.5.1: 印章下压署名和日期).
 * It is a picture, not a cryptographic seal: 国务院令第716号 第九条 gives legal force to seals made by the
 * national unified e-seal system; until that is connected, authenticity rests on the verification page.
 */
import { FONT, IDEOGRAPH_CENTRE_EM } from './fonts.js';
import { MM, type Sheet } from './sheet.js';

/** The seal's radius in points (42 mm across). */
export const SEAL_RADIUS = 21 * MM;
/** Seal red (印泥红). */
export const SEAL_RED = '#d8241c';

/** Draws the seal centred at (cx, cy). */
export function drawSeal(sheet: Sheet, cx: number, cy: number, agencyName: string, purpose: string): void {
  const doc = sheet.doc;
  const r = SEAL_RADIUS;
  doc.save();
  doc.fillOpacity(0.85).strokeOpacity(0.85).fillColor(SEAL_RED).strokeColor(SEAL_RED);
  doc.lineWidth(1.2 * MM).circle(cx, cy, r - 0.6 * MM).stroke();
  doc.polygon(...starPoints(cx, cy, r * 0.33)).fill();
  drawArcText(sheet, cx, cy, agencyName);
  drawCentred(sheet, purpose, cx, cy + r * 0.5, 3.6 * MM, 0.85);
  drawCentred(sheet, '电子印章', cx, cy + r * 0.74, 2.4 * MM, 1);
  doc.restore();
}

function starPoints(cx: number, cy: number, outer: number): number[][] {
  const inner = outer * 0.382; // the regular five-pointed star's inner/outer radius ratio
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
}

// The name runs clockwise over the top, each character upright towards the centre, narrowed like the
// tall seal lettering of a physical seal; a long name gets smaller characters rather than a wider arc.
function drawArcText(sheet: Sheet, cx: number, cy: number, name: string): void {
  const chars = Array.from(name);
  const maxSpan = (235 * Math.PI) / 180;
  const squeeze = 0.78;
  let size = 5.6 * MM;
  const pathRadius = (): number => SEAL_RADIUS - 1.2 * MM - 1.1 * MM - size / 2;
  const stepFor = (): number => (size * squeeze * 1.1) / pathRadius();
  while (chars.length > 1 && stepFor() * (chars.length - 1) > maxSpan - stepFor()) size -= 0.2;
  // A short name is spread out rather than bunched at the top, as on a physical seal.
  const step = Math.max(stepFor(), Math.PI / chars.length);
  const first = -((chars.length - 1) * step) / 2;
  chars.forEach((ch, i) => {
    const doc = sheet.doc;
    doc.save();
    doc.rotate(((first + i * step) * 180) / Math.PI, { origin: [cx, cy] });
    doc.translate(cx, cy - pathRadius()).scale(squeeze, 1);
    placeGlyph(sheet, ch, size);
    doc.restore();
  });
}

function drawCentred(sheet: Sheet, text: string, cx: number, cy: number, size: number, squeeze: number): void {
  const doc = sheet.doc;
  doc.save();
  doc.translate(cx, cy).scale(squeeze, 1);
  placeGlyph(sheet, text, size);
  doc.restore();
}

/** Sets text centred on the current origin, in the seal's bold face and colour. */
function placeGlyph(sheet: Sheet, text: string, size: number): void {
  const doc = sheet.doc.font(FONT.bold).fontSize(size);
  const width = doc.widthOfString(text);
  doc.fillColor(SEAL_RED).text(text, -width / 2, -size * IDEOGRAPH_CENTRE_EM, { lineBreak: false });
}
