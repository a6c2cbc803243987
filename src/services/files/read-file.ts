import type { Readable } from 'node:stream';
import type { StoredFile } from '../../core/files/index.js';
import type { Ctx } from '../context.js';
import { blobStoreFor } from './files-settings.js';
import { findVisibleFile } from './file-access.js';

/** A file's metadata, for the owner and staff in scope (404 for anyone else). */
export function getFile(ctx: Ctx, id: string): Promise<StoredFile> {
  return findVisibleFile(ctx, id);
}

/** A file's metadata and its bytes as a stream, for the owner and staff in scope. */
export async function openFileContent(ctx: Ctx, id: string): Promise<{ file: StoredFile; content: Readable }> {
  const file = await findVisibleFile(ctx, id);
  return { file, content: await blobStoreFor(ctx).get(file.storageKey) };
}
