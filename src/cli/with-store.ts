import { DEFAULT_DATABASE_URL, createDatabase, isDatabaseUrl, type Store } from '../store/database.js';

/**
 * Opens the database a command names (`--db`, else TONGBAN_DB, else the default file), runs `work`, and
 * closes it; a URL this build cannot open exits with code 2 and says why.
 */
export async function withStore<T>(flag: string | undefined, work: (store: Store, url: string) => Promise<T>): Promise<T> {
  const url = flag ?? process.env.TONGBAN_DB ?? DEFAULT_DATABASE_URL;
  if (!isDatabaseUrl(url)) {
    console.error(`Invalid --db "${url}": use sqlite:PATH or postgres://…`);
    process.exit(2);
  }
  const store = createDatabase(url);
  try {
    return await work(store, url);
  } finally {
    await store.close();
  }
}
