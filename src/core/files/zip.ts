/**
 * Just enough of the zip format (APPNOTE 6.3.10 §4.3) to list a package's entry names from its
 * last bytes: the end-of-central-directory record points back to the central directory.
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_LENGTH = 22;
const CENTRAL_HEADER_LENGTH = 46;
// The archive comment (at most 65 535 bytes) is the only thing that may follow the record.
const MAX_COMMENT = 0xffff;

function findEndRecord(view: DataView): number {
  const last = view.byteLength - EOCD_LENGTH;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at -= 1) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_LENGTH + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return -1;
}

/**
 * The entry names in a zip's central directory, read from the file's tail; null when the tail holds
 * no complete directory (not a zip, truncated, ZIP64, or a directory larger than the tail).
 */
export function zipEntryNames(tail: Uint8Array): string[] | null {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  if (view.byteLength < EOCD_LENGTH) return null;
  const end = findEndRecord(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  if (count === 0xffff || size === 0xffffffff || size > end) return null;
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const names: string[] = [];
  let at = end - size;
  for (let i = 0; i < count; i += 1) {
    if (at + CENTRAL_HEADER_LENGTH > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameStart = at + CENTRAL_HEADER_LENGTH;
    if (nameStart + nameLength > end) return null;
    names.push(decoder.decode(tail.subarray(nameStart, nameStart + nameLength)));
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return names;
}
