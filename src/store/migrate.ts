import { Migrator } from 'kysely';
import { GENESIS_HASH } from '../core/audit/chain.js';
import type { Store } from './database.js';
import { migrationProvider } from './migrations/index.js';

/** Brings the schema up to date; returns the names of the migrations it applied. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const migrator = new Migrator({
    db: store.db,
    provider: migrationProvider({ dialect: store.dialect, genesisHash: GENESIS_HASH }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
