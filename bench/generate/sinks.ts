/**
 * Bulk writers for the generator, one per database. Rows are records of the product's tables (their table
 * interfaces); the column list comes from the rows. Like a restore, a sink sets the bulk tables' secondary
 * indexes aside while loading and builds them again at the end from their own stored definitions (sorting
 * once is far faster than a million random index insertions); constraint indexes (keys, unique) stay.
 * SQLite: one prepared INSERT per table run row by row inside one transaction per batch (better-sqlite3 is
 * synchronous, so this is the fastest way in). PostgreSQL: one INSERT … SELECT FROM unnest(arrays) per table.
 */
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';

/** A row of one of the product's tables (its table interface). */
export type Row = object;

const valueOf = (row: Row, column: string): unknown => (row as Record<string, unknown>)[column] ?? null;

export interface Sink {
  /** Writes the batches in order, in one transaction. */
  write(batches: readonly (readonly [table: string, rows: readonly Row[]])[]): Promise<void>;
  /** Builds the indexes set aside, refreshes the planner's statistics (ANALYZE) and closes. */
  finish(progress: (message: string) => void): Promise<void>;
}

export function sqliteSink(path: string, bulkTables: readonly string[]): Sink {
  const db = new SqliteDatabase(path);
  // A generated dataset can be generated again: trade durability for speed while loading, as a restore would.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -1048576');
  const indexes = db.prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${bulkTables.map(() => '?').join(', ')})`)
    .all(...bulkTables) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`drop index ${index.name}`);
  const statements = new Map<string, { columns: string[]; run: (values: unknown[]) => void }>();
  const statement = (table: string, sample: Row) => {
    const columns = Object.keys(sample);
    const key = `${table}(${columns.join(',')})`;
    let found = statements.get(key);
    if (!found) {
      const prepared = db.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
      found = { columns, run: (values) => prepared.run(values) };
      statements.set(key, found);
    }
    return found;
  };
  const writeAll = db.transaction((batches: readonly (readonly [string, readonly Row[]])[]) => {
    for (const [table, rows] of batches) {
      if (rows.length === 0) continue;
      const { columns, run } = statement(table, rows[0] as Row);
      for (const row of rows) run(columns.map((c) => valueOf(row, c)));
    }
  });
  return {
    write: async (batches) => { writeAll(batches); },
    finish: async (progress) => {
      for (const index of indexes) {
        progress(`index ${index.name}`);
        db.exec(index.sql);
      }
      db.exec('analyze');
      db.pragma('journal_mode = WAL');
      db.close();
    },
  };
}

export async function postgresSink(url: string, bulkTables: readonly string[]): Promise<Sink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename = any($1)
       and indexname not in (select conname from pg_constraint)`, [bulkTables]);
  for (const index of indexes) await client.query(`drop index ${index.indexname}`);
  const types = new Map<string, Map<string, string>>();
  const typesOf = async (table: string) => {
    let found = types.get(table);
    if (!found) {
      const result = await client.query<{ column_name: string; data_type: string }>(
        'select column_name, data_type from information_schema.columns where table_schema = current_schema() and table_name = $1', [table]);
      found = new Map(result.rows.map((r) => [r.column_name, r.data_type]));
      types.set(table, found);
    }
    return found;
  };
  return {
    async write(batches) {
      await client.query('begin');
      try {
        for (const [table, rows] of batches) {
          if (rows.length === 0) continue;
          const columns = Object.keys(rows[0] as Row);
          const typed = await typesOf(table);
          const arrays = columns.map((c) => rows.map((row) => valueOf(row, c)));
          const unnest = columns.map((c, i) => `$${i + 1}::${typed.get(c) ?? 'text'}[]`).join(', ');
          await client.query(`insert into ${table} (${columns.join(', ')}) select * from unnest(${unnest})`, arrays);
        }
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    },
    async finish(progress) {
      // Index builds may use more memory than a query: this session only.
      await client.query(`set maintenance_work_mem = '512MB'`);
      for (const index of indexes) {
        progress(`index ${index.indexname}`);
        await client.query(index.indexdef);
      }
      // As after a restore: statistics for the planner, and the visibility map that lets a count read an index
      // alone (autovacuum would set it later on a live database; the benchmark queries at once).
      await client.query('vacuum analyze');
      await client.end();
    },
  };
}
