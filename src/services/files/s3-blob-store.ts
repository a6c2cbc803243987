import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import { checkBlobKey, type BlobStore } from './blob-store.js';

/** Where an S3-compatible store is and how to sign in to it. */
export interface S3Options {
  /** e.g. `https://minio.example.gov.cn:9000`; leave out for AWS itself. */
  readonly endpoint?: string | undefined;
  readonly bucket: string;
  readonly region: string;
  /** Leave both out to use the SDK's own chain (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, profiles…). */
  readonly accessKeyId?: string | undefined;
  readonly secretAccessKey?: string | undefined;
  /** `host/bucket/key` addressing, which MinIO, Ceph and most private stores need. */
  readonly forcePathStyle: boolean;
}

/**
 * Objects in one bucket of any S3-compatible store. Streams of unknown length go up in parts
 * (lib-storage), so an upload is never held whole in memory; an aborted body aborts the upload.
 */
export function s3BlobStore(options: S3Options): BlobStore {
  const client = new S3Client({
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    ...(options.endpoint && { endpoint: options.endpoint }),
    ...(options.accessKeyId && options.secretAccessKey && {
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    }),
    // Checksums only where S3 requires them: many compatible stores reject the newer aws-chunked trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = options.bucket;
  return {
    kind: 's3',
    async put(key, body) {
      const upload = new Upload({ client, params: { Bucket, Key: checkBlobKey(key), Body: body }, queueSize: 2 });
      await upload.done();
    },
    async get(key) {
      const { Body } = await client.send(new GetObjectCommand({ Bucket, Key: checkBlobKey(key) }));
      if (!(Body instanceof Readable)) throw new Error(`S3 returned no stream for "${key}"`);
      return Body;
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: checkBlobKey(key) }));
    },
  };
}
