import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { composePlatform, WEB_ROOT } from '../../src/platform.js';
import type { DialectName } from '../../src/store/dialects/dialect.js';
import { createTestDatabase } from './test-database.js';

/** Builds the web app once if it is missing, so browser tests drive the real pages. */
function ensureWebBuilt(): void {
  if (existsSync(`${WEB_ROOT}/index.html`)) return;
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { stdio: 'inherit' });
}

/** The real platform listening on a random loopback port, on a fresh database with the demo seed. */
export async function startTestServer(options: { seed?: 'demo'; dialect?: DialectName; simulatedClock?: boolean } = {}): Promise<{ url: string; close(): Promise<void> }> {
  ensureWebBuilt();
  const database = await createTestDatabase(options.dialect ?? 'sqlite');
  const keyDir = mkdtempSync(join(tmpdir(), 'tongban-keys-'));
  const platform = await composePlatform({
    port: 0, host: '127.0.0.1', db: database.url, simulatedClock: options.simulatedClock ?? false, logLevel: 'silent', sessionHours: 12, keyDir,
    ...(options.seed && { seed: options.seed }),
  }, { scheduler: false });
  await platform.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = platform.app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await platform.close();
      await database.drop();
      rmSync(keyDir, { recursive: true, force: true });
    },
  };
}
