import type { Command } from 'commander';
import { DEFAULT_DATABASE_URL, createDatabase, isDatabaseUrl } from '../../store/database.js';
import { migrateToLatest } from '../../store/migrate.js';
import { redactUrl } from '../redact-url.js';

/** `tongban migrate --db URL`. */
export function registerMigrateCommand(program: Command): void {
  program.command('migrate')
    .description('Bring the database schema up to date (forward-only migrations)')
    .option('--db <url>', 'sqlite:PATH or postgres://… (TONGBAN_DB)')
    .action(async (flags: { db?: string }) => {
      const url = flags.db ?? process.env.TONGBAN_DB ?? DEFAULT_DATABASE_URL;
      if (!isDatabaseUrl(url)) {
        console.error(`Invalid --db "${url}": use sqlite:PATH or postgres://…`);
        process.exit(2);
      }
      const store = createDatabase(url);
      try {
        const applied = await migrateToLatest(store);
        console.log(applied.length > 0 ? `Applied ${applied.length} migration(s) to ${redactUrl(url)}: ${applied.join(', ')}` : `${redactUrl(url)} is up to date.`);
      } finally {
        await store.close();
      }
    });
}
