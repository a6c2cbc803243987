/**
 * Renders every sample and converts page 1 (and 2, for the long correction notice) to PNG with pdftoppm,
 * into docs/screenshots/documents/. Run: npx tsx test/documents/render-screenshots.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocument } from '../../src/documents/index.js';
import { correction, samples } from './fixtures.js';

const out = 'docs/screenshots/documents';
mkdirSync(out, { recursive: true });
for (const old of readdirSync(out)) if (old.endsWith('.png')) rmSync(join(out, old));
const work = mkdtempSync(join(tmpdir(), 'tongban-docs-'));
const all = { ...samples, 'correction-notice-long': correction(14) };
for (const [name, input] of Object.entries(all)) {
  const pdf = join(work, `${name}.pdf`);
  writeFileSync(pdf, await renderDocument(input));
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(out, name)]);
  console.log(`${name}: ${pdf}`);
}
