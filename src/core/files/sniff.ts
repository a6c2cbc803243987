import type { FileKind } from './file-kinds.js';
import { zipEntryNames } from './zip.js';

/** How many leading bytes decide whether a file can be one of ours at all. */
export const HEAD_BYTES = 8;

/** How many trailing bytes are kept to read a zip package's central directory. */
export const TAIL_BYTES = 256 * 1024;

/** What the first bytes show: a kind, a zip package still to be looked into, or nothing we accept. */
export type HeadVerdict = 'pdf' | 'jpeg' | 'png' | 'zip' | null;

const SIGNATURES: readonly (readonly [Exclude<HeadVerdict, null>, readonly number[]])[] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF- (ISO 32000-1 §7.5.2)
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]], // PK\3\4: the first local file header
];

/** Judges a file by its first bytes (at least HEAD_BYTES of them when the file is that long). */
export function sniffHead(head: Uint8Array): HeadVerdict {
  for (const [verdict, signature] of SIGNATURES) {
    if (signature.every((byte, i) => head[i] === byte)) return verdict;
  }
  return null;
}

/** Which office package a zip is, from the names of its entries. */
export function zipPackageKind(names: readonly string[]): FileKind | null {
  const has = (name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
  if (has('OFD.xml')) return 'ofd';
  if (!has('[Content_Types].xml')) return null;
  if (has('word/document.xml')) return 'docx';
  if (has('xl/workbook.xml')) return 'xlsx';
  return null;
}

/** The kind of a whole file from its first and last bytes, or null when it is none we accept. */
export function detectFileKind(head: Uint8Array, tail: Uint8Array): FileKind | null {
  const verdict = sniffHead(head);
  if (verdict !== 'zip') return verdict;
  const names = zipEntryNames(tail);
  return names ? zipPackageKind(names) : null;
}
