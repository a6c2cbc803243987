/**
 * A small QR code reader for tests (ISO/IEC 18004): enough to prove that a guide's QR code decodes to
 * its URL without trusting the library that drew it. Versions 1–10, numeric, alphanumeric and byte
 * modes, a clean image (no error correction is applied). Not for production use.
 */

/** The dark modules of an SVG drawn by the `qrcode` package (`M x y`, `m dx dy`, `h n` path commands). */
export function modulesOfSvg(svg: string): boolean[][] {
  const side = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1]);
  const path = /stroke="[^"]*"[^>]* d="([^"]*)"/.exec(svg)?.[1] ?? '';
  const grid = Array.from({ length: side }, () => Array<boolean>(side).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, a = '0', b = '0'] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else for (let i = 0; i < Number(a); i += 1, x += 1) grid[Math.floor(y)]![x] = true;
  }
  // Crop the quiet zone: the top-left finder pattern starts at the first dark module.
  const margin = grid.findIndex((row) => row.some(Boolean));
  return grid.slice(margin, side - margin).map((row) => row.slice(margin, side - margin));
}

const MASKS: readonly ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0, (i) => i % 2 === 0, (_i, j) => j % 3 === 0, (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0, (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0, (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];
// [blocks, EC codewords in total] per version 1–10, for levels M, L, H, Q (the order of the 2 format bits).
const BLOCKS: readonly (readonly [number, number][])[] = [
  [[1, 10], [1, 7], [1, 17], [1, 13]], [[1, 16], [1, 10], [1, 28], [1, 22]], [[1, 26], [1, 15], [2, 44], [2, 36]],
  [[2, 36], [1, 20], [4, 64], [2, 52]], [[2, 48], [1, 26], [4, 88], [4, 72]], [[4, 64], [2, 36], [4, 112], [4, 96]],
  [[4, 72], [2, 40], [5, 130], [6, 108]], [[4, 88], [2, 48], [6, 156], [6, 132]], [[5, 110], [2, 60], [8, 192], [8, 160]],
  [[5, 130], [4, 72], [8, 224], [8, 192]],
];
const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

function alignmentCentres(version: number, size: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = Math.ceil((size - 13) / (2 * count - 2)) * 2;
  return [6, ...Array.from({ length: count - 1 }, (_, k) => size - 7 - (count - 2 - k) * step)];
}

function isFunction(r: number, c: number, size: number, centres: readonly number[]): boolean {
  if ((r < 9 && c < 9) || (r < 9 && c >= size - 8) || (r >= size - 8 && c < 9) || r === 6 || c === 6) return true;
  // Version information (versions 7 and up): two 6×3 blocks beside the top-right and bottom-left finders.
  if (size >= 45 && ((r < 6 && c >= size - 11 && c < size - 8) || (c < 6 && r >= size - 11 && r < size - 8))) return true;
  const last = centres.length - 1;
  return centres.some((cr, a) => centres.some((cc, b) =>
    !((a === 0 && b === 0) || (a === 0 && b === last) || (a === last && b === 0)) && Math.abs(r - cr) <= 2 && Math.abs(c - cc) <= 2));
}

/** The data codewords in reading order, with masking undone and blocks de-interleaved. */
function dataCodewords(m: readonly boolean[][]): number[] {
  const size = m.length;
  const version = (size - 17) / 4;
  if (!Number.isInteger(version) || version < 1 || version > 10) throw new Error(`unsupported QR size ${size}`);
  const rowOf = (i: number) => (i < 6 ? i : i < 8 ? i + 1 : size - 15 + i);
  const format = Array.from({ length: 15 }, (_, i) => (m[rowOf(i)]![8] ? 1 << i : 0)).reduce((a, b) => a | b, 0) ^ 0x5412;
  const mask = MASKS[(format >> 10) & 7]!;
  const centres = alignmentCentres(version, size);
  const bits: number[] = [];
  for (let col = size - 1, up = true; col > 0; col -= 2, up = !up) {
    if (col === 6) col -= 1;
    for (let k = 0; k < size; k += 1) {
      const r = up ? size - 1 - k : k;
      for (const c of [col, col - 1]) if (!isFunction(r, c, size, centres)) bits.push(Number(m[r]![c]) ^ Number(mask(r, c)));
    }
  }
  const total = Math.floor(bits.length / 8);
  const words = Array.from({ length: total }, (_, i) => bits.slice(i * 8, i * 8 + 8).reduce((a, b) => (a << 1) | b, 0));
  const [blocks, ec] = BLOCKS[version - 1]![(format >> 13) & 3]!;
  const data = total - ec;
  const sizes = Array.from({ length: blocks }, (_, b) => Math.floor(data / blocks) + (b >= blocks - (data % blocks) ? 1 : 0));
  const split: number[][] = sizes.map(() => []);
  let at = 0;
  for (let i = 0; i < Math.max(...sizes); i += 1) sizes.forEach((n, b) => { if (i < n) split[b]!.push(words[at++]!); });
  return split.flat();
}

/** Decodes a QR code's module matrix (true = dark) to its text. */
export function decodeQr(modules: readonly boolean[][]): string {
  const version = (modules.length - 17) / 4;
  const bits = dataCodewords(modules).flatMap((w) => Array.from({ length: 8 }, (_, i) => (w >> (7 - i)) & 1));
  let pos = 0;
  const read = (n: number) => { let v = 0; for (let i = 0; i < n; i += 1) v = (v << 1) | (bits[pos++] ?? 0); return v; };
  const bytes: number[] = [];
  for (let mode = read(4); mode !== 0 && pos < bits.length; mode = read(4)) {
    const wide = version >= 10;
    if (mode === 1) {
      for (let left = read(wide ? 12 : 10); left > 0; left -= 3) {
        const digits = Math.min(3, left);
        bytes.push(...new TextEncoder().encode(String(read([0, 4, 7, 10][digits]!)).padStart(digits, '0')));
      }
    } else if (mode === 2) {
      for (let left = read(wide ? 11 : 9); left > 0; left -= 2) {
        const pair = left >= 2 ? read(11) : read(6);
        const text = left >= 2 ? ALPHANUMERIC[Math.floor(pair / 45)]! + ALPHANUMERIC[pair % 45]! : ALPHANUMERIC[pair]!;
        bytes.push(...new TextEncoder().encode(text));
      }
    } else if (mode === 4) {
      for (let left = read(wide ? 16 : 8); left > 0; left -= 1) bytes.push(read(8));
    } else {
      throw new Error(`unsupported QR mode ${mode}`);
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
