import { existsSync } from 'node:fs';
import pg from 'pg';
import { PG_URL, REQUIRE_ALL } from './dialects.js';

/** Checks once per run that the required outside parts are there, and says what is skipped. */
export default async function setup(): Promise<void> {
  if (!PG_URL) {
    if (REQUIRE_ALL) throw new Error('TONGBAN_TEST_PG is not set, but CI requires the PostgreSQL tests.');
    console.warn('\n⚠ PostgreSQL tests SKIPPED: set TONGBAN_TEST_PG=postgres://postgres@127.0.0.1:5432/postgres to run them.\n');
  } else {
    const client = new pg.Client({ connectionString: PG_URL });
    try {
      await client.connect();
      await client.query('select 1');
    } catch (error) {
      throw new Error(`TONGBAN_TEST_PG=${PG_URL} does not answer: ${String(error)}`);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  if (!existsSync('/usr/bin/chromium')) {
    if (REQUIRE_ALL) throw new Error('Chromium is missing at /usr/bin/chromium, but CI requires the browser tests.');
    console.warn('\n⚠ Browser tests SKIPPED: Chromium not found at /usr/bin/chromium (apt-get install chromium).\n');
  }
}
