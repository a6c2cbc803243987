/**
 * Several processes on one PostgreSQL database (issue 8 §6): two `tongban serve` processes, both started with
 * --simulated-clock (so no timer runs the checks; only PUT /api/v1/system/clock does, on the process it is sent
 * to). First the scheduled checks: applications filed through both processes, then both clocks moved to the
 * same later instants at the same moment, twice, so both processes run every check concurrently; every
 * deemed acceptance, task and notification must exist exactly once. Then intake throughput, one process beside
 * two driven side by side (the 50 connections split between their ports).
 */
import type { Kysely } from 'kysely';
import { createDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import type { Database } from '../src/store/schema.js';
import type { Benchmark, BenchContext, BenchFigure } from './run.js';
import { call, publishBenchItem } from './support/api.js';
import { BENCH_ITEM_CODE, benchForm } from './support/bench-item.js';
import { createBenchDatabase, postgresAvailable, BENCH_PG_URL } from './support/databases.js';
import { CONNECTIONS, countStored, driveCases, errorsOf, MaterialPool } from './support/intake-run.js';
import { startServer, type BenchServer } from './support/server.js';

const DAY_MS = 86_400_000;

/** Applications filed for the check, alternately through each process. */
async function fileApplications(servers: readonly BenchServer[], pool: MaterialPool, count: number): Promise<string[]> {
  await pool.fill(count);
  const slots = pool.slots.splice(0, count);
  return Promise.all(slots.map(async (slot, n) => {
    const body = { itemCode: BENCH_ITEM_CODE, form: benchForm(n), materials: [{ code: 'M01', fileId: slot.files[0] }, { code: 'M02', fileId: slot.files[1] }] };
    return (await call<{ id: string }>((servers[n % servers.length] as BenchServer).url, 'POST', '/api/v1/cases', { token: slot.token, body, expect: 201 })).id;
  }));
}

/** Moves both processes' clocks to `at` at the same moment; each runs every scheduled check before answering. */
async function moveClocks(servers: readonly BenchServer[], admin: string, at: Date): Promise<void> {
  await Promise.all(servers.map((s) => call(s.url, 'PUT', '/api/v1/system/clock', { token: admin, body: { now: at.toISOString() } })));
}

/** What the checks left behind for the filed cases: how often each effect happened. */
async function effects(db: Kysely<Database>, ids: readonly string[]) {
  const submitted = await db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).where('id', 'in', [...ids]).where('status', '=', 'submitted').executeTakeFirstOrThrow();
  const events = await db.selectFrom('case_events').select(['case_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('case_id', 'in', [...ids]).where('action', '=', 'deemAccepted').groupBy('case_id').execute();
  const tasks = await db.selectFrom('tasks').select(['case_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('case_id', 'in', [...ids]).where('step_key', '=', 'review').groupBy('case_id').execute();
  // Any notification twice: the same person told the same thing about the same case.
  const doubled = await db.selectFrom('notifications').select(['user_id', 'event', 'params', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['user_id', 'event', 'params']).having((eb) => eb.fn.countAll(), '>', 1).execute();
  const told = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('event', '=', 'case.deemed_accepted').executeTakeFirstOrThrow();
  const supervision = await db.selectFrom('supervision_notices').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const outboxDoubled = await db.selectFrom('notification_outbox').select(['notification_id', 'channel', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['notification_id', 'channel']).having((eb) => eb.fn.countAll(), '>', 1).execute();
  return {
    stillSubmitted: Number(submitted.n), deemedOnce: events.filter((e) => Number(e.n) === 1).length, deemedMore: events.filter((e) => Number(e.n) > 1).length,
    reviewOnce: tasks.filter((t) => Number(t.n) === 1).length, reviewMore: tasks.filter((t) => Number(t.n) > 1).length,
    deemedNotices: Number(told.n), doubledNotifications: doubled.length, doubledOutbox: outboxDoubled.length, supervisionNotices: Number(supervision.n),
  };
}

async function checksOnce(servers: readonly BenchServer[], dbUrl: string, pool: MaterialPool, admin: string, ctx: BenchContext): Promise<BenchFigure> {
  const count = ctx.quick ? 100 : 300;
  ctx.progress(`filing ${count} applications through both processes`);
  const ids = await fileApplications(servers, pool, count);
  const store = createDatabase(dbUrl);
  try {
    // Ten days on, every one is past its 5-workday acceptance clock (行政许可法 第三十二条); each pass deems up to 100.
    const tenDays = new Date(Date.now() + 10 * DAY_MS);
    let passes = 0;
    while ((await effects(store.db, ids)).stillSubmitted > 0 && passes < 20) {
      passes += 1;
      ctx.progress(`clock pass ${passes}: both processes run the checks at once`);
      await moveClocks(servers, admin, tenDays);
    }
    // 25 days on, their review tasks and decision clocks are overdue: supervision notices, red, to staff.
    // (Sessions last 30 days here, so the applicants' tokens still work for the throughput runs that follow.)
    await moveClocks(servers, admin, new Date(Date.now() + 25 * DAY_MS));
    await moveClocks(servers, admin, new Date(Date.now() + 25 * DAY_MS));
    const e = await effects(store.db, ids);
    const exact = e.stillSubmitted === 0 && e.deemedOnce === count && e.deemedMore === 0 && e.reviewOnce === count && e.reviewMore === 0
      && e.deemedNotices === count && e.doubledNotifications === 0 && e.doubledOutbox === 0;
    return {
      name: 'scheduled checks across two processes (clocks moved on both at once)', unit: 'effects twice', ours: e.deemedMore + e.reviewMore + e.doubledNotifications + e.doubledOutbox,
      peer: 'cases deemed accepted', peerValue: e.deemedOnce,
      ratioText: `${e.deemedOnce} of ${count} deemed accepted once, ${e.reviewOnce} review tasks, ${e.deemedNotices} applicant notices, ${e.supervisionNotices} supervision notices`,
      target: 'each exactly once', met: exact,
      notes: [`${passes} clock pass(es) until none was waiting; then two passes 25 days on (supervision notices); duplicates: deemed ${e.deemedMore}, review tasks ${e.reviewMore}, notifications ${e.doubledNotifications}, outbox ${e.doubledOutbox}`],
    };
  } finally {
    await store.close();
  }
}

const processesBench: Benchmark = {
  name: 'several processes on PostgreSQL',
  async run(ctx) {
    if (!(await postgresAvailable())) {
      return [{ name: 'several processes on PostgreSQL', unit: '', ours: 0, peer: 'skipped', peerValue: 0, ratioText: `no PostgreSQL at ${BENCH_PG_URL}` }];
    }
    const seconds = ctx.quick ? 3 : 10;
    const db = await createBenchDatabase('postgres', 'processes');
    const servers: BenchServer[] = [];
    let pool: MaterialPool | null = null;
    try {
      ctx.progress('starting two tongban serve processes on one database');
      const env = { TONGBAN_SESSION_HOURS: String(30 * 24) };
      // Migrated first, so the two can start together (only the first seeds the demo city).
      const store = createDatabase(db.url);
      await migrateToLatest(store).finally(() => store.close());
      servers.push(...await Promise.all([
        startServer({ db: db.url, dir: db.dir, seed: true, simulatedClock: true, name: 'a', env }),
        startServer({ db: db.url, dir: db.dir, simulatedClock: true, name: 'b', env }),
      ]));
      const admin = await publishBenchItem((servers[0] as BenchServer).url);
      pool = await MaterialPool.open((servers[0] as BenchServer).url, db, ctx.quick ? 6 : CONNECTIONS);
      const checks = await checksOnce(servers, db.url, pool, admin, ctx);
      const urls = servers.map((s) => s.url);
      const run = { seconds, warmup: ctx.quick ? 100 : 300 };
      const one = await driveCases(urls.slice(0, 1), pool, run, db.dir, (m) => ctx.progress(`one process: ${m}`));
      const two = await driveCases(urls, pool, run, db.dir, (m) => ctx.progress(`two processes: ${m}`));
      const stored = await countStored(db.url, [...one.ids, ...two.ids]);
      const acknowledged = one.ids.length + two.ids.length;
      const errors = errorsOf(one.run) + errorsOf(two.run);
      return [
        {
          name: `intake throughput, two processes on one PostgreSQL database (${CONNECTIONS} connections split, ${seconds} s)`, unit: 'req/s',
          ours: Math.round(two.run.requestsPerSecond), peer: 'one process', peerValue: Math.round(one.run.requestsPerSecond),
          ratio: two.run.requestsPerSecond / one.run.requestsPerSecond, ratioText: `${(two.run.requestsPerSecond / one.run.requestsPerSecond).toFixed(2)}× one process`,
          notes: [
            `p99 two processes ${two.run.p99Ms} ms, one process ${one.run.p99Ms} ms; errors ${errors}; ${stored} of ${acknowledged} acknowledged cases stored`,
          ],
        },
        checks,
      ];
    } finally {
      await pool?.close();
      for (const server of servers) await server.stop();
      await db.drop();
    }
  },
};

/** The several-processes benchmark, run by bench/run.ts. */
export default [processesBench] satisfies readonly Benchmark[];
