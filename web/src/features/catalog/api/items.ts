import type { ItemInput } from '@core/catalog/item-schema';
import type { ItemStatus, ItemType } from '@core/catalog/vocabulary';
import { api } from '@/lib/api-client';

export type { ItemInput, ItemStatus, ItemType };

const itemPath = (code: string) => `/api/v1/items/${encodeURIComponent(code)}`;

/** A line of `GET /api/v1/catalog/items`: an item and where its newest version stands. */
export interface ManagedItem {
  code: string;
  name: string;
  type: ItemType;
  departmentId: string;
  departmentName: string;
  catchAll: boolean;
  latestVersion: number;
  latestStatus: ItemStatus;
  publishedVersion: number | null;
  updatedAt: string;
}

/** Filters of the admin list. */
export interface ManagedQuery {
  q?: string;
  status?: ItemStatus;
  departmentId?: string;
  type?: ItemType;
  limit?: number;
  offset?: number;
}

/** One version as admins see it (`ItemVersionView`): the content as written and its standing. */
export interface ItemVersionView extends ItemInput {
  id: string;
  version: number;
  status: ItemStatus;
  regionCode: string;
  catchAll: boolean;
  departmentName: string;
  handling: 'instant' | 'promised';
  speedUpRate: number | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  publishedAt: string | null;
  retiredAt: string | null;
  supersededBy: string | null;
}

/** A line of the version history. */
export interface VersionSummary {
  id: string;
  version: number;
  status: ItemStatus;
  name: string;
  createdAt: string;
  createdBy: string | null;
  publishedAt: string | null;
  retiredAt: string | null;
  supersededBy: string | null;
}

/** One field that differs between two versions. */
export interface ItemChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/** Every item the admin manages, any status. */
export function listManagedItems(query: ManagedQuery, signal?: AbortSignal): Promise<{ items: ManagedItem[]; total: number }> {
  return api.get('/api/v1/catalog/items', { query: { ...query }, signal });
}

/** The version history of an item, oldest first. */
export async function listVersions(code: string, signal?: AbortSignal): Promise<VersionSummary[]> {
  return (await api.get<{ versions: VersionSummary[] }>(`${itemPath(code)}/versions`, { signal })).versions;
}

/** One version, drafts included. */
export function getVersion(code: string, version: number, signal?: AbortSignal): Promise<ItemVersionView> {
  return api.get(`${itemPath(code)}/versions/${version}`, { signal });
}

/** The newest version of an item: what the editor opens. */
export async function getLatestVersion(code: string, signal?: AbortSignal): Promise<ItemVersionView> {
  const versions = await listVersions(code, signal);
  const latest = versions[versions.length - 1];
  if (!latest) throw new Error(`no versions of ${code}`);
  return getVersion(code, latest.version, signal);
}

/** Field-level differences between two versions. */
export async function diffVersions(code: string, from: number, to: number, signal?: AbortSignal): Promise<ItemChange[]> {
  return (await api.get<{ changes: ItemChange[] }>(`${itemPath(code)}/diff`, { query: { from, to }, signal })).changes;
}

/** Creates an item: version 1, a draft. */
export function createItem(input: ItemInput): Promise<ItemVersionView> {
  return api.post('/api/v1/items', input);
}

/** Saves the content: edits the pending draft, or makes a new draft version of a published or retired item. */
export function updateItem(code: string, input: ItemInput): Promise<ItemVersionView> {
  return api.put(itemPath(code), input);
}

/** Publishes the pending draft; a 422 carries every reason (`PublishRejection`). */
export function publishItem(code: string): Promise<ItemVersionView> {
  return api.post(`${itemPath(code)}/publish`);
}

/** Retires the published version. */
export function retireItem(code: string): Promise<ItemVersionView> {
  return api.post(`${itemPath(code)}/retire`);
}

/** Opens a department's catch-all item (兜底事项) as a draft. */
export function createCatchAllItem(input: { departmentId: string; code?: string; name?: string }): Promise<ItemVersionView> {
  return api.post('/api/v1/catalog/catch-all-items', input);
}
