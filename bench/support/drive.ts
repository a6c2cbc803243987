/** Runs the load driver (load-driver.ts) as a second process and hands back what it measured. */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadResult, LoadSpec } from './load-driver.js';

const DRIVER = fileURLToPath(new URL('./load-driver.ts', import.meta.url));

/** Drives the targets with autocannon from a child process; `progress` receives its lines. */
export function drive(spec: LoadSpec, dir: string, progress: (line: string) => void): Promise<LoadResult> {
  const file = join(dir, `load-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(spec));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', DRIVER, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      for (const line of chunk.toString().split('\n')) if (line.trim()) progress(line.trim());
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`load driver exited with ${code}: ${err.slice(-1_000)}`));
      resolve(JSON.parse(out) as LoadResult);
    });
  });
}
