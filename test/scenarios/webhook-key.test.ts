import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { webhookKeyConfigured } from '../../src/services/webhooks/secret-box.js';
import { freePort } from '../support/spawn-server.js';

const dir = mkdtempSync(join(tmpdir(), 'tongban-webhook-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs `tongban serve` from source with the given webhook key (undefined: unset) until it says it is running
 * or exits; answers what it printed and its exit code (null while it was still running, then it is stopped).
 */
function serve(key: string | undefined): Promise<{ out: string; err: string; code: number | null }> {
  const env = { ...process.env };
  delete env.TONGBAN_WEBHOOK_KEY;
  if (key !== undefined) env.TONGBAN_WEBHOOK_KEY = key;
  return freePort().then((port) => new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      '--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', String(port), '--host', '127.0.0.1',
      '--db', `sqlite:${join(dir, `${port}.db`)}`, '--key-dir', join(dir, 'keys'), '--log-level', 'warn',
    ], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`serve neither started nor stopped: ${out}${err}`)); }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('is running on')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ out, err, code: out.includes('is running on') ? null : code });
    });
  }));
}

describe('TONGBAN_WEBHOOK_KEY is checked at startup like the mail and SMS settings (docs/webhooks.md)', () => {
  it('is optional, 64 hex digits when set, and a malformed value names the variable but never prints the value', () => {
    expect(webhookKeyConfigured({})).toBe(false);
    expect(webhookKeyConfigured({ TONGBAN_WEBHOOK_KEY: '  ' })).toBe(false);
    expect(webhookKeyConfigured({ TONGBAN_WEBHOOK_KEY: 'a1'.repeat(32) })).toBe(true);
    for (const bad of ['s3cret-passphrase', 'a1'.repeat(31), `${'a1'.repeat(32)}0`, 'g1'.repeat(32)]) {
      let thrown: unknown;
      try { webhookKeyConfigured({ TONGBAN_WEBHOOK_KEY: bad }); } catch (error) { thrown = error; }
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as Error).message).toContain('TONGBAN_WEBHOOK_KEY');
      expect((thrown as Error).message).not.toContain(bad);
    }
  });

  it('stops `tongban serve` on a malformed key, and warns once at start when the key is absent', async () => {
    const malformed = await serve('s3cret-passphrase');
    expect(malformed.code).toBe(2);
    expect(malformed.err).toMatch(/^Invalid configuration: TONGBAN_WEBHOOK_KEY: use 64 hex digits/m);
    expect(`${malformed.out}${malformed.err}`).not.toContain('s3cret-passphrase');

    const absent = await serve(undefined);
    expect(absent.code).toBeNull();
    const warnings = absent.out.split('\n').filter((line) => line.includes('TONGBAN_WEBHOOK_KEY is not set'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0]!)).toMatchObject({ level: 40 });
  }, 120_000);
});
