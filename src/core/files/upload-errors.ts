import { DomainError, invalidFields } from '../errors.js';
import { ACCEPTED_LABELS } from './file-kinds.js';

/** 413: the upload passed the limit (in MiB); nothing of it is kept. */
export function fileTooLarge(limitMb: number): DomainError {
  return new DomainError('file.too_large', { limit: limitMb }, [{ field: 'file', code: 'file_too_large', params: { limit: limitMb } }]);
}

/** 415: the content is none of the accepted kinds, whatever its name or claimed type says. */
export function fileKindRefused(): DomainError {
  return new DomainError('file.unsupported_type', { allowed: ACCEPTED_LABELS }, [{ field: 'file', code: 'file_type', params: { allowed: ACCEPTED_LABELS } }]);
}

/** 400: an empty file is no material. */
export function fileEmpty(): DomainError {
  return invalidFields([{ field: 'file', code: 'file_empty' }]);
}
