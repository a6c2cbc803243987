import { randomUUID } from 'node:crypto';

/** One part of a multipart body: a text field, or a file when `filename` is given. */
export type Part = { name: string; value: string | Uint8Array; filename?: string; type?: string };

/** A multipart/form-data body as a browser sends it: text fields first, then the file. */
export function form(parts: Part[]) {
  const boundary = `----tongban-${randomUUID()}`;
  const chunks = parts.flatMap((p) => [
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}\r\n`
      + `${p.filename === undefined ? '' : `Content-Type: ${p.type ?? 'application/octet-stream'}\r\n`}\r\n`),
    Buffer.from(p.value), Buffer.from('\r\n'),
  ]);
  return { payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` };
}
