import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { cachingStatements } from '../../src/store/dialects/sqlite.js';

describe('SQLite prepared-statement cache', () => {
  const opened: SqliteDatabase.Database[] = [];
  afterEach(() => { for (const d of opened.splice(0)) if (d.open) d.close(); });

  function database(): SqliteDatabase.Database {
    const d = new SqliteDatabase(':memory:');
    opened.push(d);
    d.exec('create table t (n integer)');
    d.prepare('insert into t (n) values (?)').run(1);
    d.prepare('insert into t (n) values (?)').run(2);
    return d;
  }

  it('prepares each SQL text once', () => {
    const cached = cachingStatements(database());
    const first = cached.prepare('select n from t where n = ?');
    expect(cached.prepare('select n from t where n = ?')).toBe(first);
    expect(first.all([2])).toEqual([{ n: 2 }]);
    expect(cached.prepare('select n from t')).not.toBe(first);
  });

  it('gives a fresh statement while the cached one is being iterated, so both can run', () => {
    const cached = cachingStatements(database());
    const rows = cached.prepare('select n from t order by n').iterate([]);
    expect(rows.next().value).toEqual({ n: 1 });
    expect(cached.prepare('select n from t order by n').all([])).toEqual([{ n: 1 }, { n: 2 }]);
    expect(rows.next().value).toEqual({ n: 2 });
    expect(rows.next().done).toBe(true);
  });

  it('drops the least recently used statement beyond its size', () => {
    const cached = cachingStatements(database(), 2);
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(a);
    cached.prepare('select 3');
    expect(cached.prepare('select 1')).toBe(a);
    expect(cached.prepare('select 2')).not.toBe(b);
  });

  it('serves Kysely, streams included, and closes the database with it', async () => {
    const raw = database();
    const db = new Kysely<{ t: { n: number } }>({ dialect: new SqliteDialect({ database: cachingStatements(raw) }) });
    const streamed: number[] = [];
    for await (const row of db.selectFrom('t').select('n').orderBy('n').stream()) streamed.push(row.n);
    await sql`insert into t (n) values (${3})`.execute(db);
    await sql`insert into t (n) values (${4})`.execute(db);
    expect(streamed).toEqual([1, 2]);
    expect((await db.selectFrom('t').select('n').orderBy('n').execute()).map((r) => r.n)).toEqual([1, 2, 3, 4]);
    await db.destroy();
    expect(raw.open).toBe(false);
  });
});
