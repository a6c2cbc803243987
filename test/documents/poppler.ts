/**
 * pdftotext and pdftoppm (poppler-utils) for reading rendered PDFs back as text and pictures. Tests that
 * need them are skipped, with a warning, only on a machine without poppler and outside CI; CI installs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';

const installed = spawnSync('pdftotext', ['-v']).error === undefined && spawnSync('pdftoppm', ['-v']).error === undefined;
const required = Boolean(process.env.CI);

if (!installed && !required) {
  console.warn('\n⚠ PDF text and QR checks SKIPPED: pdftotext/pdftoppm not found (apt-get install poppler-utils).\n');
}

/** `it` where poppler is there or required (CI), `it.skip` otherwise. */
export const itWithPoppler = installed || required ? it : it.skip;

function withFile<T>(pdf: Buffer, run: (dir: string, file: string) => T): T {
  if (!installed) throw new Error('pdftotext/pdftoppm are missing; CI must install poppler-utils (.ci/run).');
  const dir = mkdtempSync(join(tmpdir(), 'tongban-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return run(dir, file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF (or of one page), whitespace removed so wrapped lines and justification don't matter. */
export function pdfText(pdf: Buffer, page?: number): string {
  return withFile(pdf, (_dir, file) => {
    const pages = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
    return execFileSync('pdftotext', [...pages, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  });
}

/** Page 1 of a PDF as PNG bytes at `dpi`. */
export function pageImage(pdf: Buffer, dpi: number): Buffer {
  return withFile(pdf, (dir, file) => {
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')]);
    return readFileSync(join(dir, 'page.png'));
  });
}
