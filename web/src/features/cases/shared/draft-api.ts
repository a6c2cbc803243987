import { api } from '@/lib/api-client';
import { getFile } from './file-api';
import type { MaterialValue } from './materials-checklist';
import type { ApplicationInput } from './submit-api';

/** An unfinished application the applicant saved (`/api/v1/drafts`); nothing in it is checked yet. */
export interface Draft {
  id: string;
  itemCode: string;
  form: Record<string, unknown>;
  materials: { code: string; fileId?: string }[];
  updatedAt: string;
}

/** The body of a draft: what the apply page has so far. */
export type DraftInput = Pick<ApplicationInput, 'itemCode' | 'form' | 'materials'>;

/** The signed-in applicant's drafts, last saved first. */
export async function listDrafts(signal?: AbortSignal): Promise<Draft[]> {
  const { drafts } = await api.get<{ drafts: Draft[] }>('/api/v1/drafts', { signal });
  return [...drafts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** One of the applicant's drafts. */
export function getDraft(id: string, signal?: AbortSignal): Promise<Draft> {
  return api.get<Draft>(`/api/v1/drafts/${encodeURIComponent(id)}`, { signal });
}

/** Saves a draft: a new one without `id`, else replaces that one. */
export function saveDraft(input: DraftInput, id?: string): Promise<Draft> {
  return id ? api.put<Draft>(`/api/v1/drafts/${encodeURIComponent(id)}`, input) : api.post<Draft>('/api/v1/drafts', input);
}

/** Discards one of the applicant's drafts. */
export function deleteDraft(id: string): Promise<void> {
  return api.delete<void>(`/api/v1/drafts/${encodeURIComponent(id)}`);
}

/** A draft made ready for the apply page: its form, and each uploaded material with its file's details. */
export interface RestoredDraft {
  draft: Draft;
  materials: Record<string, MaterialValue>;
}

/** Loads a draft and the details of its uploaded files; a file that can no longer be read is left out. */
export async function restoreDraft(id: string, signal?: AbortSignal): Promise<RestoredDraft> {
  const draft = await getDraft(id, signal);
  const entries = await Promise.all(
    draft.materials.map(async (material) => {
      if (!material.fileId) return null;
      try {
        return [material.code, { file: await getFile(material.fileId, signal) }] as const;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') throw error;
        return null;
      }
    }),
  );
  return { draft, materials: Object.fromEntries(entries.filter((entry) => entry !== null)) };
}
