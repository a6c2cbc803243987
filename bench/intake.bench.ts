/**
 * Intake under load (issue 8 §3): a real `tongban serve` (demo seed, SQLite file or a fresh PostgreSQL database),
 * applicants signed in with two materials uploaded per application, and autocannon in a second process sending
 * `POST /api/v1/cases` with a ~1 KB form over 50 loopback connections — against the bare route of the same
 * server (src/http/routes/bench-bare.ts), which validates the same body and answers 201 without storing it.
 * Afterwards every acknowledged case is looked up in the database.
 */
import type { DialectName } from '../src/store/dialects/dialect.js';
import type { Benchmark, BenchContext, BenchFigure } from './run.js';
import { publishBenchItem } from './support/api.js';
import { benchDialects, createBenchDatabase, DIALECT_NAMES, type BenchDatabase } from './support/databases.js';
import { answersOf, CONNECTIONS, countStored, driveBare, driveCases, errorsOf, MaterialPool } from './support/intake-run.js';
import { startServer, type BenchServer } from './support/server.js';

/** The targets: share of the bare route's throughput, and p99 latency. */
const TARGET_SHARE: Record<DialectName, number> = { sqlite: 0.4, postgres: 0.25 };
const TARGET_P99_MS = 100;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

interface Prepared {
  readonly dialect: DialectName;
  readonly db: BenchDatabase;
  readonly server: BenchServer;
  readonly pool: MaterialPool;
}

/** A server on a fresh database with the bench item published and the applicants' first materials uploaded. */
async function prepare(dialect: DialectName, ctx: BenchContext, applicants: number): Promise<Prepared> {
  const db = await createBenchDatabase(dialect, 'intake');
  const server = await startServer({ db: db.url, dir: db.dir, seed: true, env: { TONGBAN_BENCH_BARE: '1' } }).catch(async (error: unknown) => {
    await db.drop();
    throw error;
  });
  await publishBenchItem(server.url);
  ctx.progress(`${DIALECT_NAMES[dialect]}: registering ${applicants} applicants, each uploading two materials`);
  return { dialect, db, server, pool: await MaterialPool.open(server.url, db, applicants) };
}

async function measure({ dialect, db, server, pool }: Prepared, ctx: BenchContext): Promise<BenchFigure[]> {
  const seconds = ctx.quick ? 3 : 10;
  const name = DIALECT_NAMES[dialect];
  const progress = (m: string) => ctx.progress(`${name}: ${m}`);
  const bare = await driveBare([server.url], pool, seconds, db.dir, progress);
  const ours = await driveCases([server.url], pool, { seconds, warmup: ctx.quick ? 100 : 300 }, db.dir, progress);
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
}

const intakeBench: Benchmark = {
  name: 'intake',
  async run(ctx) {
    const applicants = ctx.quick ? 6 : CONNECTIONS;
    ctx.progress('starting tongban serve --seed demo on every database at once');
    const settled = await Promise.allSettled((await benchDialects()).map((dialect) => prepare(dialect, ctx, applicants)));
    const prepared = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    try {
      const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failed) throw failed.reason;
      // Measured one after the other: the idle server waits.
      const figures: BenchFigure[] = [];
      for (const p of prepared) figures.push(...await measure(p, ctx));
      return figures;
    } finally {
      for (const p of prepared) {
        await p.pool.close();
        await p.server.stop();
        await p.db.drop();
      }
    }
  },
};

/** The intake benchmark, run by bench/run.ts. */
export default [intakeBench];
