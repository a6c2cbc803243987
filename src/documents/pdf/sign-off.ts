/**
 * The sign-off: the agency's name over the date, right-aligned with four characters of space after the
 * date, and the seal pressed over both so that they sit just below its centre (GB/T 9704-2012 7.3.5.1).
 * 行政许可法 第三十二条第二款 asks for the seal and the date on (non-)acceptance notices, 第三十九条 for the
 * seal on a license; every document uses it.
 */
import { formatDate } from '../format.js';
import type { LegalDate } from '../types.js';
import { FONT } from './fonts.js';
import { SEAL_RADIUS, drawSeal } from './seal.js';
import { LEADING, MM, SIZE, type Sheet } from './sheet.js';

/** The default words under the seal's star. */
export const DEFAULT_SEAL_PURPOSE = '行政许可专用章';

// The seal's top may reach into the leading under the last line (印章顶端上距正文一行之内).
const OVERLAP = 3 * MM;
/** The height the sign-off takes below the cursor. */
export const SIGN_OFF_HEIGHT = 2 * SEAL_RADIUS - OVERLAP + 2 * MM;

/** Draws the agency name, the date and the seal; keeps the block on one page. */
export function drawSignOff(sheet: Sheet, agencyName: string, date: LegalDate, sealPurpose?: string): void {
  const size = SIZE.body;
  const lineHeight = size * LEADING;
  sheet.ensure(SIGN_OFF_HEIGHT);
  const style = { size, face: FONT.regular } as const;
  const dateText = formatDate(date);
  const dateWidth = widthOf(sheet, dateText, size);
  const nameWidth = widthOf(sheet, agencyName, size);
  // 成文日期右空四字; the name is centred over the date, pulled left if it would pass the margin.
  const rightEdge = sheet.left + sheet.width;
  let centre = rightEdge - 4 * size - dateWidth / 2;
  centre = Math.min(centre, rightEdge - Math.max(nameWidth, dateWidth) / 2);
  // The seal's centre sits a little above the gap between name and date.
  const cy = sheet.y - OVERLAP + SEAL_RADIUS;
  const nameTop = cy - 0.8 * lineHeight;
  const line = (text: string, width: number) => ({ text, width, first: true, justify: false });
  sheet.line(line(agencyName, nameWidth), nameTop, { ...style, x: centre - nameWidth / 2, width: nameWidth });
  sheet.line(line(dateText, dateWidth), nameTop + lineHeight, { ...style, x: centre - dateWidth / 2, width: dateWidth });
  drawSeal(sheet, centre, cy, agencyName, sealPurpose ?? DEFAULT_SEAL_PURPOSE);
  sheet.y = cy + SEAL_RADIUS + 2 * MM;
}

function widthOf(sheet: Sheet, text: string, size: number): number {
  return sheet.doc.font(FONT.regular).fontSize(size).widthOfString(text);
}
