/**
 * Throw-away databases for the benchmarks: a SQLite file in a temp folder, or a fresh PostgreSQL database
 * created on the server of TONGBAN_BENCH_PG (default: TONGBAN_TEST_PG, else the local trust-auth server)
 * and dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DialectName } from '../../src/store/dialects/dialect.js';
import type { Benchmark, BenchContext, BenchFigure } from '../run.js';

/** The PostgreSQL server the benchmarks create their databases on. */
export const BENCH_PG_URL = process.env.TONGBAN_BENCH_PG ?? process.env.TONGBAN_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A database for one benchmark and the folder beside it (uploads, logs). */
export interface BenchDatabase {
  readonly dialect: DialectName;
  readonly url: string;
  /** A temp folder for files that belong with this database. */
  readonly dir: string;
  drop(): Promise<void>;
}

async function admin(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_PG_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

let pgReachable: Promise<boolean> | undefined;

/** Whether the PostgreSQL server answers; benchmarks skip their PostgreSQL figures (and say so) when not. */
export function postgresAvailable(): Promise<boolean> {
  pgReachable ??= admin('select 1').then(() => true, () => false);
  return pgReachable;
}

/** The dialects this run can measure. */
export async function benchDialects(): Promise<DialectName[]> {
  return (await postgresAvailable()) ? ['sqlite', 'postgres'] : ['sqlite'];
}

/** Dialect names as the figure lines say them. */
export const DIALECT_NAMES: Readonly<Record<DialectName, string>> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** Creates an empty database of the dialect. */
export async function createBenchDatabase(dialect: DialectName, label: string): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), `tongban-bench-${label}-`));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  if (dialect === 'sqlite') {
    return { dialect, url: `sqlite:${join(dir, 'bench.db')}`, dir, drop: async () => removeDir() };
  }
  const name = `tongban_bench_${label.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(BENCH_PG_URL);
  url.pathname = `/${name}`;
  return {
    dialect, url: url.toString(), dir,
    drop: async () => {
      await admin(`drop database if exists ${name} with (force)`);
      removeDir();
    },
  };
}

/** Runs `work` on a fresh database of the dialect and drops it afterwards, whatever happens. */
export async function withBenchDatabase<T>(dialect: DialectName, label: string, work: (db: BenchDatabase) => Promise<T>): Promise<T> {
  const db = await createBenchDatabase(dialect, label);
  try {
    return await work(db);
  } finally {
    await db.drop();
  }
}

/** A benchmark that measures each dialect this run can reach in turn; its progress lines name the dialect. */
export function perDialect(name: string, on: (dialect: DialectName, ctx: BenchContext) => Promise<BenchFigure[]>): Benchmark {
  return {
    name,
    async run(ctx) {
      const figures: BenchFigure[] = [];
      for (const dialect of await benchDialects()) {
        figures.push(...await on(dialect, { ...ctx, progress: (m) => ctx.progress(`${DIALECT_NAMES[dialect]}: ${m}`) }));
      }
      return figures;
    },
  };
}
