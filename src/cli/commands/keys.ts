/**
 * `tongban keys rotate --region CODE` and `tongban keys list`: the licenses' Ed25519 signing keys in the
 * key directory (docs/licenses.md). Rotation adds the region's next key, which signs from then on; old
 * keys stay, so licenses they signed keep verifying. No database is opened: the keys never live there.
 */
import type { Command } from 'commander';
import { DEFAULT_KEY_DIR, KEY_DIR_ENV, KeyStore } from '../../services/licenses/key-store.js';

const keyDir = (flag: string | undefined) => flag ?? (process.env[KEY_DIR_ENV]?.trim() || DEFAULT_KEY_DIR);
const DIR_OPTION = ['--key-dir <dir>', `key folder (${KEY_DIR_ENV}; default ${DEFAULT_KEY_DIR})`] as const;

/** Adds `keys rotate` and `keys list` to the program. */
export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description('Ed25519 signing keys of electronic licenses (kept outside the database)');

  keys.command('rotate')
    .description("add a region's next signing key; older keys stay to verify the licenses they signed")
    .requiredOption('--region <code>', '6-digit region code (GB/T 2260)')
    .option(...DIR_OPTION)
    .action(async (options: { region: string; keyDir?: string }) => {
      if (!/^\d{6}$/.test(options.region)) {
        console.error(`Invalid --region "${options.region}": use a 6-digit region code`);
        process.exit(2);
      }
      const store = new KeyStore(keyDir(options.keyDir));
      const keyId = await store.rotate(options.region);
      console.log(`${keyId} now signs new licenses of ${options.region} (in ${store.dir})`);
    });

  keys.command('list')
    .description('print every key id with its region and whether it is current')
    .option(...DIR_OPTION)
    .action(async (options: { keyDir?: string }) => {
      for (const key of await new KeyStore(keyDir(options.keyDir)).publishedKeys()) {
        console.log(`${key.keyId}\t${key.current ? 'current' : 'retired'}\t${key.publicKey}`);
      }
    });
}
