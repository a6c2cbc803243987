import type { DialectAdapter } from '../dialects/dialect.js';

/** What a migration may know besides the database: the dialect is passed in explicitly (STYLE B2.9). */
export interface MigrationContext {
  readonly dialect: DialectAdapter;
  readonly genesisHash: string;
}
