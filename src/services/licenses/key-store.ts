/**
 * The regions' Ed25519 signing keys, kept OUTSIDE the database in a key directory (TONGBAN_KEY_DIR,
 * default ./data/keys): one PKCS#8 PEM per key, named `<region>-k<n>.pem`. A region's current key is its
 * highest n; it is created on first use. Rotation adds n+1 and keeps the old files, so licenses signed
 * before still verify (docs/licenses.md). A database dump therefore never carries the means to forge.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatKeyId, parseKeyId } from '../../core/licenses/index.js';
import type { Deps } from '../context.js';

/** The environment variable naming the key directory. */
export const KEY_DIR_ENV = 'TONGBAN_KEY_DIR';
/** The default key directory, relative to the working directory. */
export const DEFAULT_KEY_DIR = './data/keys';

/** A public key as published for verifiers. */
export interface PublishedKey {
  readonly keyId: string;
  readonly regionCode: string;
  readonly algorithm: 'Ed25519';
  /** SubjectPublicKeyInfo PEM. */
  readonly publicKeyPem: string;
  /** The raw 32-byte key, base64url (the JWK `x`). */
  readonly publicKey: string;
  /** Whether new licenses of the region are signed with it. */
  readonly current: boolean;
}

const isExisting = (error: unknown) => (error as NodeJS.ErrnoException).code === 'EEXIST';
const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** The key directory of one platform. Key files never change once written, so parsed keys are cached. */
export class KeyStore {
  private readonly keys = new Map<string, KeyObject>();

  constructor(readonly dir: string) {}

  /** The key ids in the directory, by region and generation; only well-formed names count. */
  async keyIds(regionCode?: string): Promise<string[]> {
    let names: string[];
    try { names = await readdir(this.dir); } catch (error) { if (isMissing(error)) return []; throw error; }
    return names.flatMap((name) => {
      const id = name.endsWith('.pem') ? parseKeyId(name.slice(0, -4)) : null;
      return id && (!regionCode || id.regionCode === regionCode) ? [id] : [];
    }).sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.n - b.n).map((id) => formatKeyId(id.regionCode, id.n));
  }

  /** A private key by id, or null when the id is malformed or has no file. */
  private async privateKey(keyId: string): Promise<KeyObject | null> {
    const known = this.keys.get(keyId);
    if (known) return known;
    if (!parseKeyId(keyId)) return null;
    let pem: string;
    try { pem = await readFile(join(this.dir, `${keyId}.pem`), 'utf8'); } catch (error) { if (isMissing(error)) return null; throw error; }
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${keyId}.pem in ${this.dir} is not an Ed25519 key`);
    this.keys.set(keyId, key);
    return key;
  }

  /** Writes key generation `n` of a region; false when that file exists already (another process won). */
  private async create(regionCode: string, n: number): Promise<boolean> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('ed25519');
    try {
      await writeFile(join(this.dir, `${formatKeyId(regionCode, n)}.pem`), privateKey.export({ type: 'pkcs8', format: 'pem' }), { flag: 'wx', mode: 0o600 });
      return true;
    } catch (error) {
      if (isExisting(error)) return false;
      throw error;
    }
  }

  /** The region's current key id, creating the first key on first use. */
  async currentKeyId(regionCode: string): Promise<string> {
    const ids = await this.keyIds(regionCode);
    if (ids.length > 0) return ids[ids.length - 1] ?? '';
    await this.create(regionCode, 1);
    return formatKeyId(regionCode, 1);
  }

  /** Adds the region's next key, which signs from now on; the old ones stay to verify. Returns its id. */
  async rotate(regionCode: string): Promise<string> {
    for (;;) {
      const ids = await this.keyIds(regionCode);
      const n = (parseKeyId(ids[ids.length - 1] ?? '')?.n ?? 0) + 1;
      if (await this.create(regionCode, n)) return formatKeyId(regionCode, n);
    }
  }

  /** Signs `message` with the key `keyId` (a region's current key, read once by the caller). */
  async sign(keyId: string, message: string): Promise<string> {
    const key = await this.privateKey(keyId);
    if (!key) throw new Error(`signing key ${keyId} is missing from ${this.dir}`);
    return sign(null, Buffer.from(message, 'utf8'), key).toString('base64');
  }

  /** A checker of signatures made by `keyId`; it refuses everything when the key is unknown. */
  async verifierFor(keyId: string): Promise<(keyId: string, message: string, signature: string) => boolean> {
    const key = await this.privateKey(keyId);
    const publicKey = key ? createPublicKey(key) : null;
    return (id, message, signature) =>
      publicKey !== null && id === keyId && verify(null, Buffer.from(message, 'utf8'), publicKey, Buffer.from(signature, 'base64'));
  }

  /** Every public key, for `GET /api/v1/public/license-keys`. */
  async publishedKeys(): Promise<PublishedKey[]> {
    const ids = await this.keyIds();
    const keys = await Promise.all(ids.map(async (keyId, i) => {
      const key = await this.privateKey(keyId);
      if (!key) return [];
      const publicKey = createPublicKey(key);
      const regionCode = parseKeyId(keyId)?.regionCode ?? '';
      // Ids come sorted by region, then generation: the last of a region is its current key.
      const current = parseKeyId(ids[i + 1] ?? '')?.regionCode !== regionCode;
      return [{
        keyId, regionCode, algorithm: 'Ed25519' as const, current,
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
        publicKey: String(publicKey.export({ format: 'jwk' }).x),
      }];
    }));
    return keys.flat();
  }
}

// One key store per running platform, keyed by its database as files-settings does, so Deps stays as it is.
const stores = new WeakMap<object, KeyStore>();

/** Points a platform at a key directory (from `--key-dir` or TONGBAN_KEY_DIR; tests use a temporary one). */
export function useKeyDir(deps: Pick<Deps, 'store'>, dir: string): KeyStore {
  const store = new KeyStore(dir);
  stores.set(deps.store, store);
  return store;
}

/** The platform's key store; without `useKeyDir`, the directory named by TONGBAN_KEY_DIR or the default. */
export function keyStoreFor(deps: Pick<Deps, 'store'>): KeyStore {
  return stores.get(deps.store) ?? useKeyDir(deps, process.env[KEY_DIR_ENV]?.trim() || DEFAULT_KEY_DIR);
}
