/**
 * Where a benchmark's platform keeps what is not in its database — uploaded files and licence signing keys —
 * so that nothing lands in the checkout's ./data: a child `tongban serve` gets them as environment variables
 * (serverFolders), a platform run inside the bench process through the services' own per-store settings.
 */
import { join } from 'node:path';
import { filesSettingsFor } from '../../src/services/files/files-settings.js';
import { useKeyDir } from '../../src/services/licenses/key-store.js';
import type { Store } from '../../src/store/database.js';

const filesDirOf = (dir: string) => join(dir, 'files');
const keyDirOf = (dir: string) => join(dir, 'keys');

/** The environment of a `tongban serve` whose folders lie in `dir`. */
export function serverFolders(dir: string): Record<string, string> {
  return { TONGBAN_FILES_DIR: filesDirOf(dir), TONGBAN_KEY_DIR: keyDirOf(dir) };
}

/**
 * Points an in-process store at the folders in `dir` (the same a server of `serverFolders(dir)` uses). The upload
 * service reads its folder from the environment once per store: it reads it now, and the environment is put back.
 */
export function keepBeside(store: Store, dir: string): void {
  const previous = process.env.TONGBAN_FILES_DIR;
  process.env.TONGBAN_FILES_DIR = filesDirOf(dir);
  try {
    filesSettingsFor({ store });
  } finally {
    if (previous === undefined) delete process.env.TONGBAN_FILES_DIR;
    else process.env.TONGBAN_FILES_DIR = previous;
  }
  useKeyDir({ store }, keyDirOf(dir));
}
