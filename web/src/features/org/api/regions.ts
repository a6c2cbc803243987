import { REGION_LEVELS, type RegionLevel } from '@core/organization/region';
import { api } from '@/lib/api-client';

export { REGION_LEVELS, type RegionLevel };

/** A region as `GET /api/v1/regions` lists it. */
export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** The body of `POST /api/v1/regions`. */
export interface CreateRegionInput {
  code: string;
  name: string;
  parentCode?: string;
}

/** Every region the user may see. */
export async function listRegions(signal?: AbortSignal): Promise<Region[]> {
  return (await api.get<{ regions: Region[] }>('/api/v1/regions', { signal })).regions;
}

/** Adds a region; its level follows from its code. */
export function createRegion(input: CreateRegionInput): Promise<Region> {
  return api.post<Region>('/api/v1/regions', input);
}

/** Renames a region; codes never change. */
export function renameRegion(code: string, name: string): Promise<Region> {
  return api.patch<Region>(`/api/v1/regions/${encodeURIComponent(code)}`, { name });
}
