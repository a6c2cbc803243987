import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { FONT, FONT_POSTSCRIPT_FAMILY, fontBytes } from '../../src/documents/pdf/fonts.js';

/** Every hanzi of GB 2312 levels 1 and 2 (rows 16–87 of the 94×94 table), decoded from its GBK bytes. */
function gb2312Hanzi(): string[] {
  const decoder = new TextDecoder('gbk');
  const chars: string[] = [];
  for (let row = 0xb0; row <= 0xf7; row += 1) {
    for (let cell = 0xa1; cell <= 0xfe; cell += 1) {
      if (row === 0xd7 && cell > 0xf9) continue; // row 55 ends at cell 89
      chars.push(decoder.decode(new Uint8Array([row, cell])));
    }
  }
  return chars;
}

describe('the embedded CJK font', () => {
  const hanzi = gb2312Hanzi();

  it('lists the 6763 hanzi of GB 2312', () => {
    expect(hanzi).toHaveLength(6763);
    expect(new Set(hanzi).size).toBe(6763);
  });

  it.each(Object.values(FONT))('%s covers all of GB 2312 and the punctuation of official documents', (face) => {
    const font = fontkit.create(fontBytes(face));
    if (!('hasGlyphForCodePoint' in font)) throw new Error('expected a single font, not a collection');
    expect(font.postscriptName).toContain(FONT_POSTSCRIPT_FAMILY);
    const missing = [...hanzi, ...'〔〕“”（），。：；、《》—…·★'].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0));
    expect(missing).toEqual([]);
  });
});
