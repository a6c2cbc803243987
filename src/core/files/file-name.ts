/** File names as applicants send them are untrusted: they are cleaned before they are stored or echoed. */

/** The longest name kept, in characters; longer names keep their end (the extension). */
export const MAX_NAME_LENGTH = 200;

// Control characters, and the bidirectional overrides that can make `gpj.exe` read as `exe.jpg`.
const INVISIBLE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const RESERVED = /[<>:"|?*]/g;

/** A name safe to store and to show: no path, no control or bidi characters, no reserved characters. */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(INVISIBLE, '').replace(RESERVED, '_').replace(/\s+/g, ' ')
    .trim().replace(/^\.+/, '').trim();
  const chars = [...cleaned];
  const kept = chars.length > MAX_NAME_LENGTH ? chars.slice(-MAX_NAME_LENGTH).join('') : cleaned;
  return kept === '' ? 'file' : kept;
}

// RFC 8187 attr-char: what may stand unencoded in `filename*`.
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * The Content-Disposition of a stored file (RFC 6266): `inline` lets a browser preview it in place,
 * `attachment` makes it a download. `filename*` carries the Chinese name; `filename` an ASCII stand-in.
 */
export function contentDisposition(name: string, inline: boolean): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(name)}`;
}
