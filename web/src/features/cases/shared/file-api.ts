import { isPreviewable } from '@core/files/file-kinds';
import { api } from '@/lib/api-client';
import { acceptLanguage, apiErrorOf, networkError } from './http';

/** A stored material (`POST /api/v1/files`, `GET /api/v1/files/:id`). */
export interface StoredFile {
  id: string;
  name: string;
  /** Detected from the content by the server, never taken from the name. */
  mime: string;
  size: number;
  sha256: string;
}

/** What an upload is for: the item's material, and, from a clerk at the window, the applicant. */
export interface UploadTarget {
  materialCode: string;
  applicantId?: string;
}

/** The kinds the server accepts (judged by content there; this only steers the file picker). */
export const ACCEPTED_FILES = '.pdf,.jpg,.jpeg,.png,.ofd,.docx,.xlsx,application/pdf,image/jpeg,image/png';

/**
 * Uploads one file with progress. XMLHttpRequest, because fetch reports no upload progress. The text
 * fields go before the file part: the server streams the file and never sees fields sent after it.
 */
export function uploadFile(file: File, target: UploadTarget, onProgress: (percent: number) => void, signal?: AbortSignal): Promise<StoredFile> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('materialCode', target.materialCode);
    if (target.applicantId) form.append('applicantId', target.applicantId);
    form.append('file', file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/files');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', acceptLanguage());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) {
        onProgress(100);
        resolve(JSON.parse(xhr.responseText) as StoredFile);
      } else {
        reject(apiErrorOf(xhr.status, xhr.statusText, xhr.responseText));
      }
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/** A material's metadata. */
export function getFile(id: string, signal?: AbortSignal): Promise<StoredFile> {
  return api.get<StoredFile>(`/api/v1/files/${encodeURIComponent(id)}`, { signal });
}

/** Where a material's bytes are served: images and PDF inline, the rest as a download. */
export function fileContentUrl(id: string): string {
  return `/api/v1/files/${encodeURIComponent(id)}/content`;
}

/** How the browser can show the file in place (images and PDF, as the server serves them inline), or null. */
export function previewKind(mime: string): 'image' | 'pdf' | null {
  if (!isPreviewable(mime)) return null;
  return mime.startsWith('image/') ? 'image' : 'pdf';
}

/** 1.2 MB, 340 KB. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
