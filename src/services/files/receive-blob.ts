import { createHash } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  detectFileKind, fileEmpty, fileKindRefused, fileTooLarge, HEAD_BYTES, sniffHead, TAIL_BYTES, type FileKind,
} from '../../core/files/index.js';
import type { BlobStore } from './blob-store.js';

/** What the bytes turned out to be, learned while they streamed to the store. */
export interface ReceivedBlob {
  readonly kind: FileKind;
  readonly size: number;
  readonly sha256: string;
}

/**
 * Passes bytes through while counting, hashing and keeping the first and last bytes for recognition.
 * It fails the stream at the first byte over the limit, or at once when the first bytes are none of
 * ours, so a refused upload is never read (or stored) further.
 */
class Inspector extends Transform {
  size = 0;
  head = Buffer.alloc(0);
  failure: Error | null = null;
  private readonly hash = createHash('sha256');
  private readonly tail: Buffer[] = [];
  private tailSize = 0;

  constructor(private readonly maxBytes: number, private readonly maxMb: number) { super(); }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.maxBytes) return done(this.fail(fileTooLarge(this.maxMb)));
    if (this.head.length < HEAD_BYTES) {
      this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
      if (this.head.length === HEAD_BYTES && sniffHead(this.head) === null) return done(this.fail(fileKindRefused()));
    }
    this.hash.update(chunk);
    this.tail.push(chunk);
    this.tailSize += chunk.length;
    this.trimTail();
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.size === 0) return done(this.fail(fileEmpty()));
    done();
  }

  // Keeps just enough whole chunks to cover the last TAIL_BYTES.
  private trimTail(): void {
    for (let first = this.tail[0]; first && this.tail.length > 1 && this.tailSize - first.length >= TAIL_BYTES; first = this.tail[0]) {
      this.tail.shift();
      this.tailSize -= first.length;
    }
  }

  private fail(error: Error): Error {
    this.failure = error;
    return error;
  }

  /** The kind of the whole file, once every byte has passed. */
  kind(): FileKind | null {
    return detectFileKind(this.head, Buffer.concat(this.tail).subarray(-TAIL_BYTES));
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Streams an upload into the blob store under `key`, computing its SHA-256 on the way, and keeps it only
 * when it is within the limit and of an accepted kind; otherwise nothing is left under the key.
 */
export async function receiveBlob(store: BlobStore, key: string, source: Readable, limit: { maxBytes: number; maxMb: number }): Promise<ReceivedBlob> {
  const inspector = new Inspector(limit.maxBytes, limit.maxMb);
  // Both sides settle before anything is decided, so a refused upload is gone when the caller answers.
  const outcomes = await Promise.allSettled([pipeline(source, inspector), store.put(key, inspector)]);
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) {
    await store.delete(key).catch(() => undefined);
    throw inspector.failure ?? failed.reason;
  }
  const kind = inspector.kind();
  if (!kind) {
    await store.delete(key);
    throw fileKindRefused();
  }
  return { kind, size: inspector.size, sha256: inspector.digest() };
}
