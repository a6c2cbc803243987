/**
 * Small, real files of every accepted kind (and one refused), built byte by byte for tests: a 1×1 PNG,
 * a one-page PDF, an 8×8 baseline JPEG, and zip packages shaped like OFD, DOCX and XLSX.
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO 3309), as PNG chunks and zip entries use it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const ascii = (text: string) => new TextEncoder().encode(text);
const u32be = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const u16le = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32le = (n: number) => [...u16le(n & 0xffff), ...u16le(n >>> 16)];

function concat(parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  const arrays = parts.map((p) => (p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) { out.set(a, at); at += a.length; }
  return out;
}

function adler32(bytes: readonly number[]): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) { a = (a + byte) % 65521; b = (b + a) % 65521; }
  return ((b << 16) | a) >>> 0;
}

function pngChunk(type: string, data: readonly number[]): Uint8Array {
  const body = concat([ascii(type), data]);
  return concat([u32be(data.length), body, u32be(crc32(body))]);
}

/** A 1×1 red PNG; its pixels travel in one stored (uncompressed) deflate block. */
export function samplePng(): Uint8Array {
  const scanline = [0, 0xff, 0x00, 0x00];
  const zlib = [0x78, 0x01, 0x01, ...u16le(scanline.length), ...u16le(~scanline.length & 0xffff), ...scanline, ...u32be(adler32(scanline))];
  return concat([
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    pngChunk('IHDR', [...u32be(1), ...u32be(1), 8, 2, 0, 0, 0]), pngChunk('IDAT', zlib), pngChunk('IEND', []),
  ]);
}

/** A one-page PDF with a correct cross-reference table. */
export function samplePdf(text = 'Tongban'): Uint8Array {
  const stream = `BT /F1 24 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(body);
}

/** An 8×8 mid-grey baseline JPEG: one quantization table, one-code Huffman tables, one block. */
export function sampleJpeg(): Uint8Array {
  const segment = (marker: number, data: readonly number[]) => [0xff, marker, ...[(data.length + 2) >> 8, (data.length + 2) & 0xff], ...data];
  const oneCode = (tableClass: number) => [tableClass << 4, 1, ...new Array<number>(15).fill(0), 0];
  return concat([
    [0xff, 0xd8],
    segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    segment(0xdb, [0, ...new Array<number>(64).fill(1)]),
    segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
    segment(0xc4, oneCode(0)),
    segment(0xc4, oneCode(1)),
    segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    // DC difference 0 (code 0), then end of block (code 0), padded with ones.
    [0x3f, 0xff, 0xd9],
  ]);
}

/** A zip of stored entries with a central directory, as office packages are built. */
export function sampleZip(entries: Readonly<Record<string, string>>): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const nameBytes = ascii(name);
    const data = ascii(content);
    const common = [20, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...u32le(crc32(data)), ...u32le(data.length), ...u32le(data.length), ...u16le(nameBytes.length), 0, 0];
    const local = concat([u32le(0x04034b50), common, nameBytes, data]);
    centrals.push(concat([u32le(0x02014b50), [20, 0], common, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], u32le(offset), nameBytes]));
    locals.push(local);
    offset += local.length;
  }
  const directory = concat(centrals);
  const count = u16le(centrals.length);
  return concat([...locals, directory, u32le(0x06054b50), [0, 0, 0, 0], count, count, u32le(directory.length), u32le(offset), [0, 0]]);
}

/** Zip packages shaped like each accepted office format. */
export const sampleOfd = () => sampleZip({ 'OFD.xml': '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>', 'Doc_0/Document.xml': '<ofd:Document/>' });
export const sampleDocx = () => sampleZip({ '[Content_Types].xml': '<Types/>', '_rels/.rels': '<Relationships/>', 'word/document.xml': '<w:document/>' });
export const sampleXlsx = () => sampleZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });

/** A Windows executable's first bytes (MZ header), as a renamed `.exe` would send them. */
export function sampleExe(): Uint8Array {
  const bytes = new Uint8Array(128);
  bytes.set(ascii('MZ'), 0);
  bytes.set(ascii('PE\0\0'), 64);
  return bytes;
}
