import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../schema.js';
import type { DialectAdapter } from './dialect.js';

export const postgresAdapter: DialectAdapter = {
  name: 'postgres',
  forUpdate: (query, of) => query.forUpdate(of),
  forUpdateSkipLocked: (query) => query.forUpdate().skipLocked(),
  isUniqueViolation: (error) => (error as { code?: unknown } | null)?.code === '23505',
  appendOnlyTriggerSql: [
    `CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger AS $$
     BEGIN RAISE EXCEPTION 'audit events are append-only'; END; $$ LANGUAGE plpgsql`,
    `DROP TRIGGER IF EXISTS audit_events_append_only ON audit_events`,
    `CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
     FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
  ],
};

/** A pooled PostgreSQL connection. */
export function openPostgres(url: string, poolSize = 10): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server closes (a restart, a failover) must not crash the process: the pool
  // drops it and the next query opens a fresh one (node-postgres docs, "Pool: error event").
  pool.on('error', (error) => process.stderr.write(`tongban: idle PostgreSQL connection closed: ${error.message}\n`));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
