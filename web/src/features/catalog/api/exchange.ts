import { api, ApiError } from '@/lib/api-client';
import { getLang } from '@/lib/i18n';

/** What an import did, by item code. */
export interface ImportResult {
  created: string[];
  updated: string[];
  unchanged: string[];
  published: string[];
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

/** Downloads `GET /api/v1/catalog/export` (the JSON exchange file) as `catalog-YYYY-MM-DD.json`. */
export async function downloadCatalogJson(): Promise<void> {
  const file = await api.get<unknown>('/api/v1/catalog/export');
  saveBlob(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }), `catalog-${stamp()}.json`);
}

/** Downloads `GET /api/v1/catalog/export.xlsx`; binary, so read with fetch rather than the JSON client. */
export async function downloadCatalogWorkbook(): Promise<void> {
  const response = await fetch('/api/v1/catalog/export.xlsx', {
    credentials: 'include',
    headers: { 'Accept-Language': getLang() === 'en' ? 'en' : 'zh-CN' },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    throw new ApiError(response.status, body.error?.code ?? `http.${response.status}`, body.error?.message ?? response.statusText);
  }
  saveBlob(await response.blob(), `catalog-${stamp()}.xlsx`);
}

/** Imports a JSON exchange file: all or nothing. */
export function importCatalogJson(file: unknown, publish: boolean): Promise<ImportResult> {
  return api.post('/api/v1/catalog/import', file, { query: { publish } });
}

/** Imports an Excel workbook, sent as base64 in JSON (`{file}`), all or nothing. */
export async function importCatalogWorkbook(file: Blob, publish: boolean): Promise<ImportResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a whole workbook as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return api.post('/api/v1/catalog/import.xlsx', { file: btoa(binary) }, { query: { publish } });
}
