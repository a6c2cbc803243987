/**
 * One intake measurement against running servers: applicants signed in, their uploaded materials, the bare
 * route and `POST /api/v1/cases` driven from a second process, and the check that every acknowledged case
 * is in the database. Used by the intake and the several-processes benchmarks.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { authenticate } from '../../src/services/accounts/sessions.js';
import type { Ctx, Deps } from '../../src/services/context.js';
import { uploadFile } from '../../src/services/files/upload-file.js';
import { systemClock } from '../../src/services/system/clock.js';
import { createDatabase, type Store } from '../../src/store/database.js';
import { pooled, registerApplicants, uploadMaterial } from './api.js';
import { BENCH_ITEM_CODE } from './bench-item.js';
import type { BenchDatabase } from './databases.js';
import { drive } from './drive.js';
import { keepBeside } from './folders.js';
import type { LoadSummary } from './load-driver.js';

/** Loopback connections, as the issue asks. */
export const CONNECTIONS = 50;
const BARE_PATH = '/api/v1/bench/bare-cases';
const CASES_PATH = '/api/v1/cases';
/** The timed run goes faster than the warm-up (JIT, caches): the pool holds this many times the warm-up's pace. */
const POOL_MARGIN = 1.6;

type Slot = { token: string; files: readonly [string, string] };

// The smallest file the upload accepts as a PDF (kinds are recognised by content).
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/**
 * Signed-in applicants and the unattached materials they uploaded, two per application. Each applicant's
 * first two go through `POST /api/v1/files`; the many more a timed run consumes go through the same upload
 * service (src/services/files/upload-file.ts) called from this process on the server's database and file
 * folder — the same rows, bytes and audit events, without spending the setup's minutes on HTTP.
 */
export class MaterialPool {
  readonly slots: Slot[] = [];
  #uploader: { store: Store; ctxOf: (token: string) => Promise<Ctx> } | null = null;

  private constructor(private readonly base: string, private readonly db: BenchDatabase, private readonly tokens: readonly string[]) {}

  /** Registers and signs in `applicants` applicants (from number `first`), each uploading two materials. */
  static async open(base: string, db: BenchDatabase, applicants: number, first = 0): Promise<MaterialPool> {
    const tokens = await registerApplicants(base, first, applicants);
    const pool = new MaterialPool(base, db, tokens);
    pool.slots.push(...await pooled(applicants, 8, async (i) => {
      const token = tokens[i] as string;
      return { token, files: [await uploadMaterial(base, token, 'M01', PDF), await uploadMaterial(base, token, 'M02', PDF)] as const };
    }));
    return pool;
  }

  #openUploader() {
    if (this.#uploader) return this.#uploader;
    const store = createDatabase(this.db.url);
    keepBeside(store, this.db.dir);
    const deps: Deps = { store, clock: systemClock, newId: randomUUID, sessionHours: 12 };
    const actors = new Map<string, Promise<Ctx>>();
    const ctxOf = (token: string) => {
      let found = actors.get(token);
      if (!found) {
        found = authenticate(deps, token).then((actor) => ({ ...deps, actor, ip: '127.0.0.1' }));
        actors.set(token, found);
      }
      return found;
    };
    return (this.#uploader = { store, ctxOf });
  }

  /** Uploads materials until the pool holds `size` applications' worth. */
  async fill(size: number): Promise<void> {
    const start = this.slots.length;
    if (size <= start) return;
    const { ctxOf } = this.#openUploader();
    const upload = async (ctx: Ctx, code: string) => (await uploadFile(ctx, { content: Readable.from([PDF]), fileName: `${code}.pdf`, materialCode: code })).id;
    this.slots.push(...await pooled(size - start, 8, async (i) => {
      const token = this.tokens[(start + i) % this.tokens.length] as string;
      const ctx = await ctxOf(token);
      return { token, files: [await upload(ctx, 'M01'), await upload(ctx, 'M02')] as const };
    }));
  }

  async close(): Promise<void> {
    await this.#uploader?.store.close();
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
  // A short warm-up ends on autocannon's one-second tick, so its rate can be low; the connections over the
  // mean latency (Little's law) say the pace the server keeps.
  const warmRun = warm.phases[0] as LoadSummary;
  const pace = Math.max(warmRun.requestsPerSecond, CONNECTIONS / (Math.max(1, warmRun.meanMs) / 1000));
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
