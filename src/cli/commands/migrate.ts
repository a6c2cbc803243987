import type { Command } from 'commander';
import { migrateToLatest } from '../../store/migrate.js';
import { redactUrl } from '../redact-url.js';
import { withStore } from '../with-store.js';

/** `tongban migrate --db URL`. */
export function registerMigrateCommand(program: Command): void {
  program.command('migrate')
    .description('Bring the database schema up to date (forward-only migrations)')
    .option('--db <url>', 'sqlite:PATH or postgres://… (TONGBAN_DB)')
    .action((flags: { db?: string }) => withStore(flags.db, async (store, url) => {
      const applied = await migrateToLatest(store);
      console.log(applied.length > 0 ? `Applied ${applied.length} migration(s) to ${redactUrl(url)}: ${applied.join(', ')}` : `${redactUrl(url)} is up to date.`);
    }));
}
