/**
 * The CJK font. Noto Serif SC (思源宋体's Google build, SIL OFL 1.1) ships as full TrueType files in the
 * npm package @expo-google-fonts/noto-serif-sc, so a plain `npm install` brings it; no system fonts are
 * used. It covers all of GB2312 level 1 and 2 (tested). pdfkit embeds only the glyphs a document uses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The faces documents use: a serif body (宋体 style) and its bold for titles and the seal. */
export const FONT = { regular: 'serif', bold: 'serif-bold' } as const;
export type FontFace = (typeof FONT)[keyof typeof FONT];

const FILES: Record<FontFace, string> = {
  serif: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  'serif-bold': '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
};

/** The PostScript family name that appears in every PDF's font dictionary. */
export const FONT_POSTSCRIPT_FAMILY = 'NotoSerifSC';

// The files are 15 MB each: read once per process, not once per document.
const cache = new Map<FontFace, Buffer>();

/** The bytes of a face, read from node_modules on first use. */
export function fontBytes(face: FontFace): Buffer {
  let bytes = cache.get(face);
  if (!bytes) {
    bytes = readFileSync(require.resolve(FILES[face]));
    cache.set(face, bytes);
  }
  return bytes;
}

/**
 * Where the visual centre of an ideograph sits below the top of pdfkit's text box, in ems. pdfkit puts the
 * baseline at the font's ascent (1.151 em for Noto Serif SC); the ideographic em box spans 0.88 em above it
 * to 0.12 em below, so its centre is 1.151 − 0.38 = 0.771 em down.
 */
export const IDEOGRAPH_CENTRE_EM = 0.771;
