import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where uploaded bytes live; the database keeps only the key. Keys are made by the service from
 * random ids, never from names a client sent.
 */
export interface BlobStore {
  /** Which backend this is, for logs and the docs: `local` or `s3`. */
  readonly kind: 'local' | 's3';
  /** Stores the bytes under a new key; a failed or aborted body leaves nothing behind. */
  put(key: string, body: Readable | Uint8Array): Promise<void>;
  /** The stored bytes as a stream; rejects when the key is missing. */
  get(key: string): Promise<Readable>;
  /** Removes the bytes; a missing key is no error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9/_-]*$/;

/** Refuses a key that could leave the store's folder or bucket prefix. */
export function checkBlobKey(key: string): string {
  if (!KEY.test(key) || key.includes('//') || key.length > 200) throw new Error(`Invalid blob key "${key}"`);
  return key;
}

/** Files under one folder (the default backend); each write goes to a temporary name and is renamed when whole. */
export function localBlobStore(dir: string): BlobStore {
  const root = resolve(dir);
  const pathOf = (key: string) => join(root, checkBlobKey(key));
  return {
    kind: 'local',
    async put(key, body) {
      const path = pathOf(key);
      const partial = `${path}.partial`;
      await mkdir(dirname(path), { recursive: true });
      const file = createWriteStream(partial, { flags: 'wx' });
      try {
        await pipeline(body instanceof Readable ? body : Readable.from([body]), file);
        await rename(partial, path);
      } catch (error) {
        // A write stream destroyed before it opened still creates the file: wait until it is closed.
        if (!file.closed) await new Promise<void>((done) => file.once('close', () => done()));
        await rm(partial, { force: true });
        throw error;
      }
    },
    async get(key) {
      const stream = createReadStream(pathOf(key));
      // Opening fails asynchronously; wait for it so a missing blob rejects here, not mid-response.
      await new Promise<void>((ok, fail) => stream.once('open', () => ok()).once('error', fail));
      return stream;
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
