import SqliteDatabase from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, SqliteDialect, type SqliteDatabase as KyselySqliteDatabase } from 'kysely';
import type { Database } from '../schema.js';
import type { DialectAdapter } from './dialect.js';

export const sqliteAdapter: DialectAdapter = {
  name: 'sqlite',
  forUpdate: (query) => query,
  forUpdateSkipLocked: (query) => query,
  isUniqueViolation: (error) =>
    typeof error === 'object' && error !== null && String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT_UNIQUE')
    || String((error as { code?: unknown })?.code) === 'SQLITE_CONSTRAINT_PRIMARYKEY',
  appendOnlyTriggerSql: [
    `CREATE TRIGGER IF NOT EXISTS audit_events_no_update BEFORE UPDATE ON audit_events
     BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END`,
    `CREATE TRIGGER IF NOT EXISTS audit_events_no_delete BEFORE DELETE ON audit_events
     BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END`,
  ],
};

/** Enough for every distinct statement the product runs; past it, the least recently used is dropped. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The database as Kysely sees it, preparing each SQL text once: Kysely prepares every statement it
 * runs anew, which cost about a fifth of the server's CPU under load (docs/benchmarks.md). A statement
 * still being iterated (Kysely's `stream`) cannot run again until it is done, so that SQL gets a fresh one.
 */
export function cachingStatements(database: SqliteDatabase.Database, size = STATEMENT_CACHE_SIZE): KyselySqliteDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached) {
        if (cached.busy) return database.prepare(sql);
        // Re-inserted so that the Map's order is least recently used first.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
      return statement;
    },
    close() {
      cache.clear();
      database.close();
    },
  };
}

/** Opens (creating if needed) a SQLite file in WAL mode; `:memory:` works too. */
export function openSqlite(path: string): Kysely<Database> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new SqliteDatabase(path);
  // WAL lets readers run beside the one writer; a busy timeout rides out a second process's write.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(database) }) });
}
