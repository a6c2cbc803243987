/**
 * One intake measurement against running servers: applicants signed in, their uploaded materials, the bare
 * route and `POST /api/v1/cases` driven from a second process, and the check that every acknowledged case
 * is in the database. Used by the intake and the several-processes benchmarks.
 */
import { createDatabase } from '../../src/store/database.js';
import { pooled, registerApplicants, uploadMaterial } from './api.js';
import { BENCH_ITEM_CODE } from './bench-item.js';
import { drive } from './drive.js';
import type { LoadSummary } from './load-driver.js';

/** Loopback connections, as the issue asks. */
export const CONNECTIONS = 50;
const BARE_PATH = '/api/v1/bench/bare-cases';
const CASES_PATH = '/api/v1/cases';
/** The timed run goes faster than the warm-up (JIT, caches): the pool holds this many times the warm-up's pace. */
const POOL_MARGIN = 3;

type Slot = { token: string; files: readonly [string, string] };

/** Signed-in applicants and the unattached materials they uploaded, two per application. */
export class MaterialPool {
  readonly slots: Slot[] = [];

  private constructor(private readonly base: string, private readonly tokens: readonly string[]) {}

  /** Registers and signs in `applicants` applicants (from number `first`), each uploading two materials. */
  static async open(base: string, applicants: number, first = 0): Promise<MaterialPool> {
    const pool = new MaterialPool(base, await registerApplicants(base, first, applicants));
    await pool.fill(applicants);
    return pool;
  }

  /** Uploads materials until the pool holds `size` applications' worth. */
  async fill(size: number): Promise<void> {
    const start = this.slots.length;
    const added = await pooled(Math.max(0, size - start), 16, async (i) => {
      const token = this.tokens[(start + i) % this.tokens.length] as string;
      return { token, files: [await uploadMaterial(this.base, token, 'M01'), await uploadMaterial(this.base, token, 'M02')] as const };
    });
    this.slots.push(...added);
  }
}

/** One route's timed run. */
export interface RouteRun {
  readonly run: LoadSummary;
  /** Case ids acknowledged (2xx), warm-up included. */
  readonly ids: readonly string[];
  /** True when the timed run used more applications than the pool held (files reused, and refused). */
  readonly exhausted: boolean;
}

/** The bare route: 1 s of warm-up, then `seconds` timed; it stores nothing, so the pool is only cycled. */
export async function driveBare(targets: readonly string[], pool: MaterialPool, seconds: number, dir: string, progress: (m: string) => void): Promise<RouteRun> {
  const result = await drive({
    targets, path: BARE_PATH, itemCode: BENCH_ITEM_CODE, connections: CONNECTIONS, phases: [{ seconds: 1 }, { seconds }], slots: pool.slots,
  }, dir, (line) => progress(`bare: ${line}`));
  return { run: result.phases[1] as LoadSummary, ids: [], exhausted: false };
}

/**
 * `POST /api/v1/cases`: a warm-up of `warmup` applications shows the pace, the pool is topped up to
 * POOL_MARGIN times what `seconds` at that pace needs, and then the timed run.
 */
export async function driveCases(
  targets: readonly string[], pool: MaterialPool, run: { seconds: number; warmup: number }, dir: string, progress: (m: string) => void,
): Promise<RouteRun> {
  const { seconds, warmup } = run;
  await pool.fill(warmup);
  const warmSlots = pool.slots.splice(0, warmup);
  const say = (line: string) => progress(`cases: ${line}`);
  const warm = await drive({ targets, path: CASES_PATH, itemCode: BENCH_ITEM_CODE, connections: CONNECTIONS, phases: [{ requests: warmup }], slots: warmSlots }, dir, say);
  const pace = (warm.phases[0] as LoadSummary).requestsPerSecond;
  const needed = Math.ceil(pace * seconds * POOL_MARGIN) + 100;
  progress(`cases: warm-up ${Math.round(pace)}/s; uploading materials for ${needed} applications`);
  await pool.fill(needed);
  const timedSlots = pool.slots.splice(0, needed);
  const timed = await drive({ targets, path: CASES_PATH, itemCode: BENCH_ITEM_CODE, connections: CONNECTIONS, phases: [{ seconds }], slots: timedSlots }, dir, say);
  return { run: timed.phases[0] as LoadSummary, ids: [...warm.ids, ...timed.ids], exhausted: timed.slotsUsed > timedSlots.length };
}

/** How many of the given case ids are in the database. */
export async function countStored(url: string, ids: readonly string[]): Promise<number> {
  const store = createDatabase(url);
  try {
    let found = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const row = await store.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).where('id', 'in', chunk).executeTakeFirstOrThrow();
      found += Number(row.n);
    }
    return found;
  } finally {
    await store.close();
  }
}

/** Errors of a run: non-2xx answers, connection errors and timeouts. */
export const errorsOf = (s: LoadSummary) => s.non2xx + s.errors + s.timeouts;

/** A human summary of a run's answers, e.g. "201×4,210" or "201×900, 400×12". */
export const answersOf = (s: LoadSummary) => Object.entries(s.statusCodes).map(([code, n]) => `${code}×${n.toLocaleString('en-US')}`).join(', ');
