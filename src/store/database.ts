import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { DialectAdapter } from './dialects/dialect.js';
import { openSqlite, sqliteAdapter } from './dialects/sqlite.js';
import { openPostgres, postgresAdapter } from './dialects/postgres.js';

/** An open database and the adapter for its dialect. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectAdapter;
  close(): Promise<void>;
}

/** The embedded default: a SQLite file under ./data. */
export const DEFAULT_DATABASE_URL = 'sqlite:./data/tongban.db';

/** Whether a string is a database URL this build understands. */
export function isDatabaseUrl(url: string): boolean {
  return /^sqlite:.+/.test(url) || /^postgres(ql)?:\/\//.test(url);
}

/** createDatabase("sqlite:PATH" | "postgres://…"). */
export function createDatabase(url: string): Store {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    const db = openSqlite(path === ':memory:' ? path : resolve(path));
    return { db, dialect: sqliteAdapter, close: () => db.destroy() };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    const db = openPostgres(url);
    return { db, dialect: postgresAdapter, close: () => db.destroy() };
  }
  throw new Error(`Unsupported database URL "${url}": use sqlite:PATH or postgres://…`);
}
