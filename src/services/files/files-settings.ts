import { ConfigError } from '../../config.js';
import { DEFAULT_MAX_UPLOAD_MB } from '../../core/files/index.js';
import type { Deps } from '../context.js';
import { localBlobStore, type BlobStore } from './blob-store.js';
import { s3BlobStore, type S3Options } from './s3-blob-store.js';

/** The environment variables the file store reads (docs/files.md). */
export const FILES_ENV = { dir: 'TONGBAN_FILES_DIR', s3: 'TONGBAN_S3_URL', maxMb: 'TONGBAN_MAX_UPLOAD_MB' } as const;

/** The default folder of the local backend, relative to the working directory. */
export const DEFAULT_FILES_DIR = './data/files';

/** How uploads are limited and where their bytes go. */
export interface FilesSettings {
  readonly maxMb: number;
  readonly maxBytes: number;
  readonly blobStore: BlobStore;
}

/**
 * Reads an S3 location: `https://KEY:SECRET@host:9000/bucket?region=R&forcePathStyle=false` for a
 * compatible store (path-style by default), or `s3://KEY:SECRET@bucket?region=R` for AWS itself.
 */
export function parseS3Url(text: string): S3Options {
  let url: URL;
  try { url = new URL(text); } catch { throw new ConfigError(`Invalid configuration: ${FILES_ENV.s3} is not a URL`); }
  const aws = url.protocol === 's3:';
  if (!aws && url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`Invalid configuration: ${FILES_ENV.s3} must start with https://, http:// or s3://`);
  }
  const bucket = aws ? url.hostname : decodeURIComponent(url.pathname.split('/').filter(Boolean)[0] ?? '');
  if (!bucket) throw new ConfigError(`Invalid configuration: ${FILES_ENV.s3} names no bucket`);
  const pathStyle = url.searchParams.get('forcePathStyle');
  return {
    ...(!aws && { endpoint: `${url.protocol}//${url.host}` }),
    bucket,
    region: url.searchParams.get('region') ?? 'us-east-1',
    ...(url.username && { accessKeyId: decodeURIComponent(url.username), secretAccessKey: decodeURIComponent(url.password) }),
    forcePathStyle: pathStyle === null ? !aws : pathStyle === 'true',
  };
}

/** Reads and checks the file settings; a bad value stops startup naming its variable (STYLE B2.13). */
export function filesSettingsFromEnv(env: NodeJS.ProcessEnv): FilesSettings {
  const rawMb = env[FILES_ENV.maxMb]?.trim() || String(DEFAULT_MAX_UPLOAD_MB);
  const maxMb = Number(rawMb);
  if (!Number.isInteger(maxMb) || maxMb < 1 || maxMb > 1024) {
    throw new ConfigError(`Invalid configuration: ${FILES_ENV.maxMb} must be a whole number of MiB from 1 to 1024, got "${rawMb}"`);
  }
  const s3 = env[FILES_ENV.s3]?.trim();
  const blobStore = s3 ? s3BlobStore(parseS3Url(s3)) : localBlobStore(env[FILES_ENV.dir]?.trim() || DEFAULT_FILES_DIR);
  return { maxMb, maxBytes: maxMb * 1024 * 1024, blobStore };
}

// One setting per database, as calendar-source does, so Deps stays as it is.
const settings = new WeakMap<object, FilesSettings>();

/** The file settings of a running platform, read from the environment on first use. */
export function filesSettingsFor(deps: Pick<Deps, 'store'>): FilesSettings {
  const known = settings.get(deps.store);
  if (known) return known;
  const fresh = filesSettingsFromEnv(process.env);
  settings.set(deps.store, fresh);
  return fresh;
}

/** The blob store of a running platform: routes, intake and documents all reach the bytes through it. */
export function blobStoreFor(deps: Pick<Deps, 'store'>): BlobStore {
  return filesSettingsFor(deps).blobStore;
}
