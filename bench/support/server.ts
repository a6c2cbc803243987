/** `tongban serve` as a child process, as an operator runs it: the benchmarks drive it over loopback. */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../test/support/spawn-server.js';
import { serverFolders } from './folders.js';

/** A running server and how to stop it. */
export interface BenchServer {
  readonly url: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

export interface ServeOptions {
  readonly db: string;
  /** Folder for uploads and the server's log. */
  readonly dir: string;
  readonly seed?: boolean;
  readonly simulatedClock?: boolean;
  readonly env?: Readonly<Record<string, string>>;
  readonly name?: string;
}

/** Starts `tongban serve` (from source) on a free port and waits until /api/health answers. */
export async function startServer(options: ServeOptions): Promise<BenchServer> {
  const port = await freePort();
  const log = join(options.dir, `${options.name ?? 'server'}-${port}.log`);
  // TONGBAN_BENCH_PROFILE=DIR writes a CPU profile of every server the benchmarks start (docs/benchmarks.md).
  const profile = process.env.TONGBAN_BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.TONGBAN_BENCH_PROFILE] : [];
  const args = [...profile, '--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', String(port), '--host', '127.0.0.1', '--db', options.db, '--log-level', 'error',
    ...(options.seed ? ['--seed', 'demo'] : []), ...(options.simulatedClock ? ['--simulated-clock'] : [])];
  const out = openSync(log, 'a');
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', out, out],
    env: { ...process.env, ...serverFolders(options.dir), ...options.env },
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tongban serve exited with ${child.exitCode}: ${readFileSync(log, 'utf8').slice(-2_000)}`);
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return { url, child, stop };
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await stop();
  throw new Error(`tongban serve did not start within 90 s (log: ${log})`);
}
