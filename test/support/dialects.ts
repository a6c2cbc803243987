import type { DialectName } from '../../src/store/dialects/dialect.js';

/** PostgreSQL for tests: a server URL; each test file creates and drops its own database there. */
export const PG_URL = process.env.TONGBAN_TEST_PG ?? '';

/** CI requires every dialect and the browser; a local run may skip what it lacks, and says so. */
export const REQUIRE_ALL = process.env.CI === 'true' || process.env.TONGBAN_REQUIRE_ALL === '1';

const only = process.env.TONGBAN_TEST_DIALECTS?.split(',').map((d) => d.trim());

/** The databases every storage test runs on (STYLE B2.10). */
export const DIALECTS: readonly DialectName[] = (['sqlite', 'postgres'] as const).filter(
  (d) => (d === 'sqlite' || PG_URL !== '') && (!only || only.includes(d)),
);
