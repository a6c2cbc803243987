// Uploaded materials: the accepted kinds, recognition by content (magic bytes, zip directories), names.

export {
  ACCEPTED_LABELS,
  DEFAULT_MAX_UPLOAD_MB,
  FILE_KINDS,
  type FileKind,
  isPreviewable,
} from './file-kinds.js';
export { fileEmpty, fileKindRefused, fileTooLarge } from './upload-errors.js';
export { contentDisposition, MAX_NAME_LENGTH, sanitizeFileName } from './file-name.js';
export { detectFileKind, HEAD_BYTES, type HeadVerdict, sniffHead, TAIL_BYTES, zipPackageKind } from './sniff.js';
export type { StoredFile } from './stored-file.js';
export { zipEntryNames } from './zip.js';
