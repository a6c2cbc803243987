import { Type } from '@sinclair/typebox';
import { Id } from './common.js';

/** A stored material as the API shows it. */
export const FileMeta = Type.Object({
  id: Type.String(),
  name: Type.String({ description: 'the original name, cleaned of paths and control characters' }),
  mime: Type.String({ description: 'detected from the content, never taken from the client' }),
  size: Type.Integer({ description: 'bytes' }),
  sha256: Type.String({ description: 'SHA-256 of the bytes, hex' }),
  materialCode: Type.Union([Type.String(), Type.Null()]),
  caseId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});

/** The multipart form of an upload; text fields go before the file part (docs/files.md). */
export const UploadForm = Type.Object({
  materialCode: Type.Optional(Type.String({ maxLength: 64, description: 'the item material this file is for' })),
  applicantId: Type.Optional({ ...Id, description: 'a clerk uploading for a walk-in applicant names the applicant' }),
  file: Type.String({ format: 'binary', description: 'PDF, JPEG, PNG, OFD, DOCX or XLSX, judged by content' }),
});

export const FileParams = Type.Object({ id: Id });

/** The raw bytes of the content route, for the OpenAPI document. */
export const FileContent = Type.String({ format: 'binary', description: 'the stored bytes, with the detected Content-Type' });
