/**
 * Intake under load (issue 8 §3): a real `tongban serve` (demo seed, SQLite file or a fresh PostgreSQL database),
 * applicants signed in with two materials uploaded per application, and autocannon in a second process sending
 * `POST /api/v1/cases` with a ~1 KB form over 50 loopback connections — against the bare route of the same
 * server (src/http/routes/bench-bare.ts), which validates the same body and answers 201 without storing it.
 * Afterwards every acknowledged case is looked up in the database.
 */
import type { DialectName } from '../src/store/dialects/dialect.js';
import type { BenchContext, BenchFigure } from './run.js';
import { publishBenchItem } from './support/api.js';
import { DIALECT_NAMES, perDialect, withBenchDatabase } from './support/databases.js';
import { answersOf, CONNECTIONS, countStored, driveBare, driveCases, errorsOf, MaterialPool } from './support/intake-run.js';
import { startServer } from './support/server.js';

/** The targets: share of the bare route's throughput, and p99 latency. */
const TARGET_SHARE: Record<DialectName, number> = { sqlite: 0.4, postgres: 0.25 };
const TARGET_P99_MS = 100;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function intakeOn(dialect: DialectName, ctx: BenchContext): Promise<BenchFigure[]> {
  const seconds = ctx.quick ? 3 : 10;
  const name = DIALECT_NAMES[dialect];
  return withBenchDatabase(dialect, 'intake', async (db) => {
    ctx.progress('starting tongban serve --seed demo');
    const server = await startServer({ db: db.url, dir: db.dir, seed: true, env: { TONGBAN_BENCH_BARE: '1' } });
    try {
      await publishBenchItem(server.url);
      const applicants = ctx.quick ? 10 : CONNECTIONS;
      ctx.progress(`registering ${applicants} applicants, each uploading two materials`);
      const pool = await MaterialPool.open(server.url, applicants);
      const bare = await driveBare([server.url], pool, seconds, db.dir, ctx.progress);
      const ours = await driveCases([server.url], pool, seconds, db.dir, ctx.progress);
      const stored = await countStored(db.url, ours.ids);
      const share = ours.run.requestsPerSecond / bare.run.requestsPerSecond;
      const label = `${name}, ${CONNECTIONS} connections, ${seconds} s`;
      const errors = errorsOf(ours.run);
      return [
        {
          name: `intake POST /api/v1/cases throughput, ${label}`, unit: 'req/s', ours: Math.round(ours.run.requestsPerSecond),
          peer: 'bare route', peerValue: Math.round(bare.run.requestsPerSecond), ratio: share, ratioText: `${pct(share)} of the bare route`,
          target: `≥ ${pct(TARGET_SHARE[dialect])} of bare`, met: share >= TARGET_SHARE[dialect],
        },
        {
          name: `intake p99 latency, ${label}`, unit: 'ms', ours: ours.run.p99Ms, peer: 'bare route', peerValue: bare.run.p99Ms,
          ratioText: `p50 ours ${ours.run.p50Ms} ms, bare ${bare.run.p50Ms} ms`, target: `< ${TARGET_P99_MS} ms`, met: ours.run.p99Ms < TARGET_P99_MS,
        },
        {
          name: `intake errors, and acknowledged cases found in the database, ${name}`, unit: 'errors', ours: errors, peer: 'bare route',
          peerValue: errorsOf(bare.run), ratioText: `${stored.toLocaleString('en-US')} of ${ours.ids.length.toLocaleString('en-US')} acknowledged cases stored`,
          target: 'no error, every acknowledged case stored', met: errors === 0 && stored === ours.ids.length && !ours.exhausted,
          notes: [`answers: ours ${answersOf(ours.run)}; bare ${answersOf(bare.run)}`, ...(ours.exhausted ? ['the pool of uploaded materials ran out: later applications reused files (refused)'] : [])],
        },
      ];
    } finally {
      await server.stop();
    }
  });
}

/** The intake benchmark, run by bench/run.ts. */
export default [perDialect('intake', intakeOn)];
